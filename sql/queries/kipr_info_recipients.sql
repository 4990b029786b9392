-- Who gets INFO copies of cables about intellectual property (tagged KIPR)?
WITH kipr AS (
    SELECT DISTINCT cable_id FROM tags WHERE tag = 'KIPR'
)
SELECT
    r.name AS info_recipient,
    count(DISTINCT r.cable_id) AS kipr_cables,
    round(100.0 * count(DISTINCT r.cable_id) / (SELECT count(*) FROM kipr), 1) AS pct_of_kipr_cables
FROM recipients r
JOIN kipr USING (cable_id)
WHERE r.kind = 'INFO'
GROUP BY r.name
ORDER BY kipr_cables DESC, info_recipient
LIMIT 25;
