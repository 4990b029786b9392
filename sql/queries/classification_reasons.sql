-- Which E.O. 12958 reasons justify classifying cables, and how does that
-- differ between CONFIDENTIAL and SECRET cables?
SELECT
    classification_reasons,
    count(*) AS cables,
    count(*) FILTER (WHERE classification_level = 'CONFIDENTIAL') AS confidential,
    count(*) FILTER (WHERE classification_level = 'SECRET') AS secret
FROM cables
WHERE classification_reasons IS NOT NULL
GROUP BY classification_reasons
ORDER BY cables DESC, classification_reasons
LIMIT 15;
