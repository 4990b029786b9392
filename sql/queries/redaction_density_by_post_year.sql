-- Where and when did WikiLeaks redact most (names of sources replaced by
-- XXXXXXXXXXXX)? Redactions per cable and per 10,000 characters of text,
-- by post and year, for post-years with at least one redaction.
SELECT
    origin,
    year(created) AS year,
    count(*) AS cables,
    sum(redactions) AS redactions,
    round(sum(redactions) / count(*), 2) AS per_cable,
    round(10000.0 * sum(redactions) / sum(length(body)), 2) AS per_10k_chars
FROM cables
GROUP BY origin, year(created)
HAVING sum(redactions) > 0
ORDER BY per_10k_chars DESC, origin, year
LIMIT 25;
