-- What are the longest chains of cables referencing one another (a cable
-- citing one that cites another, and so on)? For every cable this finds the
-- longest chain ending at it, growing chains one reference at a time and
-- keeping only the best per cable (USING KEY), so the work stays linear in
-- the number of references even where chains branch and merge.
WITH RECURSIVE chain(cable_id, length, path) USING KEY (cable_id) AS (
    SELECT cable_id, 1, [cable_id] FROM cables
    UNION ALL
    SELECT
        g.cable_id,
        max(c.length) + 1,
        arg_max(list_prepend(g.cable_id, c.path), c.length)
    FROM chain c
    JOIN reference_graph g ON g.referenced_id = c.cable_id
    JOIN recurring.chain best ON best.cable_id = g.cable_id
    WHERE c.length + 1 > best.length AND NOT list_contains(c.path, g.cable_id)
    GROUP BY g.cable_id
)
SELECT
    chain.length AS cables_in_chain,
    chain.cable_id AS latest,
    chain.path[-1] AS earliest,
    o.subject,
    chain.path
FROM chain
JOIN cable_overview o USING (cable_id)
WHERE chain.length > 1
ORDER BY chain.length DESC, latest
LIMIT 10;
