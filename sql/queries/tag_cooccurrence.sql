-- Which subject and program tags appear together on the same cable most
-- often? (Country tags are left out: every pair would involve one.)
WITH topical AS (
    SELECT cable_id, tag, kind
    FROM tags
    WHERE kind IN ('subject', 'program')
)
SELECT
    a.tag AS tag_a,
    na.name AS name_a,
    b.tag AS tag_b,
    nb.name AS name_b,
    count(*) AS cables
FROM topical a
JOIN topical b ON b.cable_id = a.cable_id AND a.tag < b.tag
LEFT JOIN tag_names na ON na.tag = a.tag AND na.kind = a.kind
LEFT JOIN tag_names nb ON nb.tag = b.tag AND nb.kind = b.kind
GROUP BY ALL
ORDER BY cables DESC, tag_a, tag_b
LIMIT 20;
