-- Which paragraphs talk most about software and music piracy, and in which
-- cables? (Full-text search, BM25-ranked; needs `cables sql`, which loads
-- the fts extension.)
SELECT
    s.cable_id,
    s.number,
    round(s.score, 2) AS score,
    o.origin,
    o.created,
    s.snippet
FROM search('software music piracy') s
JOIN cable_overview o USING (cable_id)
ORDER BY s.score DESC, s.cable_id, s.number
LIMIT 10;
