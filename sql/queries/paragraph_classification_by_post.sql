-- How are the paragraphs of each post's cables marked: what share
-- is unclassified, confidential or secret, and how much is NOFORN?
-- Markings are written many ways (S//NF, S/NF, S/NOFORN): the level is the
-- leading letters, NOFORN any NF or NOFORN after them.
WITH marked AS (
    SELECT
        c.origin,
        regexp_extract(p.marking, '^(TS|SBU|S|C|U)') AS level,
        regexp_matches(p.marking, '/\s*(NF|NOFORN)\b') AS noforn
    FROM paragraphs p
    JOIN cables c USING (cable_id)
    WHERE p.marking IS NOT NULL
)
SELECT
    origin,
    count(*) AS marked_paragraphs,
    round(100.0 * count(*) FILTER (WHERE level IN ('U', 'SBU')) / count(*), 1) AS unclassified_pct,
    round(100.0 * count(*) FILTER (WHERE level = 'C') / count(*), 1) AS confidential_pct,
    round(100.0 * count(*) FILTER (WHERE level IN ('S', 'TS')) / count(*), 1) AS secret_pct,
    round(100.0 * count(*) FILTER (WHERE noforn) / count(*), 1) AS noforn_pct
FROM marked
GROUP BY origin
ORDER BY marked_paragraphs DESC, origin
LIMIT 25;
