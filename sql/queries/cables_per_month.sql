-- How many cables were written each month, and how many of them were
-- CONFIDENTIAL or SECRET?
SELECT
    strftime(created, '%Y-%m') AS month,
    count(*) AS cables,
    count(*) FILTER (WHERE classification_level = 'CONFIDENTIAL') AS confidential,
    count(*) FILTER (WHERE classification_level = 'SECRET') AS secret
FROM cables
GROUP BY month
ORDER BY month;
