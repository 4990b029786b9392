-- Which cables are referenced most often by other cables in the warehouse?
SELECT
    d.in_degree AS referenced_by,
    o.cable_id,
    o.created,
    o.origin,
    o.classification_level,
    o.subject
FROM reference_degree d
JOIN cable_overview o USING (cable_id)
WHERE d.in_degree > 0
ORDER BY d.in_degree DESC, o.cable_id
LIMIT 20;
