-- Views over the loaded tables: the joins people write again and again.

CREATE VIEW cable_overview AS
SELECT
    c.cable_id,
    c.created,
    c.origin,
    c.classification_level,
    c.subject,
    (SELECT list(t.tag ORDER BY t.position) FROM tags t WHERE t.cable_id = c.cable_id) AS tags,
    (SELECT list(r.name ORDER BY r.position) FROM recipients r WHERE r.cable_id = c.cable_id AND r.kind = 'TO') AS to_recipients,
    (SELECT list(r.name ORDER BY r.position) FROM recipients r WHERE r.cable_id = c.cable_id AND r.kind = 'INFO') AS info_recipients,
    (SELECT count(*) FROM paragraphs p WHERE p.cable_id = c.cable_id) AS paragraph_count
FROM cables c;
COMMENT ON VIEW cable_overview IS 'One row per cable with its tags, TO and INFO recipients and paragraph count aggregated.';
