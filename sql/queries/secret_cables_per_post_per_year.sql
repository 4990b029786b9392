-- Which posts sent the most SECRET cables, year by year, and what share of
-- their cables that year was SECRET?
SELECT
    origin,
    year,
    secret,
    cables,
    round(100.0 * secret / cables, 1) AS secret_pct
FROM posts
WHERE secret > 0
ORDER BY secret DESC, origin, year
LIMIT 25;
