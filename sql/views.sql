-- Views over the loaded tables: the joins people write again and again.
-- Aggregates are joined in with GROUP BY rather than computed per cable with
-- correlated subqueries, so a view over all 251k cables stays one hash join deep.

CREATE VIEW cable_overview AS
WITH cable_tags AS (
    SELECT cable_id, list(tag ORDER BY position) AS tags
    FROM tags
    GROUP BY cable_id
),
cable_recipients AS (
    SELECT
        cable_id,
        list(name ORDER BY position) FILTER (WHERE kind = 'TO') AS to_recipients,
        list(name ORDER BY position) FILTER (WHERE kind = 'INFO') AS info_recipients
    FROM recipients
    GROUP BY cable_id
),
cable_paragraphs AS (
    SELECT cable_id, count(*) AS paragraph_count
    FROM paragraphs
    GROUP BY cable_id
)
SELECT
    c.cable_id,
    c.created,
    c.station,
    c.origin,
    c.classification_level,
    c.subject,
    coalesce(t.tags, []) AS tags,
    coalesce(r.to_recipients, []) AS to_recipients,
    coalesce(r.info_recipients, []) AS info_recipients,
    coalesce(p.paragraph_count, 0) AS paragraph_count
FROM cables c
LEFT JOIN cable_tags t USING (cable_id)
LEFT JOIN cable_recipients r USING (cable_id)
LEFT JOIN cable_paragraphs p USING (cable_id);
COMMENT ON VIEW cable_overview IS 'One row per cable with its tags, TO and INFO recipients and paragraph count aggregated.';
COMMENT ON COLUMN cable_overview.cable_id IS 'Canonical reference id (cables.cable_id).';
COMMENT ON COLUMN cable_overview.created IS 'Creation date (cables.created).';
COMMENT ON COLUMN cable_overview.station IS 'Station part of the reference id (BEIJING).';
COMMENT ON COLUMN cable_overview.origin IS 'Originating post (Embassy Beijing).';
COMMENT ON COLUMN cable_overview.classification_level IS 'UNCLASSIFIED, CONFIDENTIAL, SECRET or TOP SECRET.';
COMMENT ON COLUMN cable_overview.subject IS 'Full subject line.';
COMMENT ON COLUMN cable_overview.tags IS 'TAGS in order; empty when the cable has none.';
COMMENT ON COLUMN cable_overview.to_recipients IS 'Names of the TO (action) addressees in order.';
COMMENT ON COLUMN cable_overview.info_recipients IS 'Names of the INFO addressees in order.';
COMMENT ON COLUMN cable_overview.paragraph_count IS 'Number of paragraphs.';

CREATE VIEW reference_graph AS
SELECT
    r.cable_id,
    r.referenced_id,
    r.label,
    citing.created,
    cited.created AS referenced_created
FROM cable_references r
JOIN cables citing ON citing.cable_id = r.cable_id
JOIN cables cited ON cited.cable_id = r.referenced_id;
COMMENT ON VIEW reference_graph IS 'Reference graph: one edge per reference from a cable to a cable in the warehouse.';
COMMENT ON COLUMN reference_graph.cable_id IS 'The referring cable.';
COMMENT ON COLUMN reference_graph.referenced_id IS 'The referenced cable, present in the warehouse.';
COMMENT ON COLUMN reference_graph.label IS 'Label of the reference in its REF block (A, B, ...).';
COMMENT ON COLUMN reference_graph.created IS 'Creation date of the referring cable.';
COMMENT ON COLUMN reference_graph.referenced_created IS 'Creation date of the referenced cable.';

CREATE VIEW reference_degree AS
WITH cited_by AS (
    SELECT referenced_id AS cable_id, count(*) AS in_degree
    FROM reference_graph
    GROUP BY referenced_id
),
cites AS (
    SELECT cable_id, count(*) AS out_degree
    FROM reference_graph
    GROUP BY cable_id
),
cable_refs AS (
    SELECT cable_id, count(referenced_id) AS cable_references
    FROM cable_references
    GROUP BY cable_id
)
SELECT
    c.cable_id,
    coalesce(cited_by.in_degree, 0) AS in_degree,
    coalesce(cites.out_degree, 0) AS out_degree,
    coalesce(cable_refs.cable_references, 0) - coalesce(cites.out_degree, 0) AS unresolved_references
FROM cables c
LEFT JOIN cited_by USING (cable_id)
LEFT JOIN cites USING (cable_id)
LEFT JOIN cable_refs USING (cable_id);
COMMENT ON VIEW reference_degree IS 'One row per cable: references to it and from it within the warehouse.';
COMMENT ON COLUMN reference_degree.cable_id IS 'The cable.';
COMMENT ON COLUMN reference_degree.in_degree IS 'References to this cable from cables in the warehouse.';
COMMENT ON COLUMN reference_degree.out_degree IS 'References from this cable to cables in the warehouse.';
COMMENT ON COLUMN reference_degree.unresolved_references IS 'References from this cable to cables that are not in the warehouse.';

CREATE VIEW tag_dimension AS
SELECT
    t.tag,
    t.kind,
    n.name,
    count(*) AS cables,
    min(c.created) AS first_created,
    max(c.created) AS last_created
FROM tags t
JOIN cables c USING (cable_id)
LEFT JOIN tag_names n USING (tag, kind)
GROUP BY t.tag, t.kind, n.name;
COMMENT ON VIEW tag_dimension IS 'One row per tag and kind: readable name where known, cables carrying it.';
COMMENT ON COLUMN tag_dimension.tag IS 'The tag (PREL, CH, KIPR).';
COMMENT ON COLUMN tag_dimension.kind IS 'geo, subject, program, organization or person.';
COMMENT ON COLUMN tag_dimension.name IS 'What the tag stands for, NULL when not in tag_names.';
COMMENT ON COLUMN tag_dimension.cables IS 'Number of cables carrying the tag.';
COMMENT ON COLUMN tag_dimension.first_created IS 'Creation date of the earliest cable with the tag.';
COMMENT ON COLUMN tag_dimension.last_created IS 'Creation date of the latest cable with the tag.';

CREATE VIEW posts AS
SELECT
    station,
    origin,
    year(created) AS year,
    count(*) AS cables,
    count(*) FILTER (WHERE classification_level = 'UNCLASSIFIED') AS unclassified,
    count(*) FILTER (WHERE classification_level = 'CONFIDENTIAL') AS confidential,
    count(*) FILTER (WHERE classification_level = 'SECRET') AS secret,
    count(*) FILTER (WHERE classification_level = 'TOP SECRET') AS top_secret
FROM cables
GROUP BY station, origin, year(created);
COMMENT ON VIEW posts IS 'One row per post and year: cables sent, by classification level.';
COMMENT ON COLUMN posts.station IS 'Station part of the reference id (BEIJING).';
COMMENT ON COLUMN posts.origin IS 'Name of the post (Embassy Beijing); a station can have more than one (Embassy and USEU Brussels).';
COMMENT ON COLUMN posts.year IS 'Year the cables were created.';
COMMENT ON COLUMN posts.cables IS 'Cables sent by the post that year.';
COMMENT ON COLUMN posts.unclassified IS 'Of which UNCLASSIFIED.';
COMMENT ON COLUMN posts.confidential IS 'Of which CONFIDENTIAL.';
COMMENT ON COLUMN posts.secret IS 'Of which SECRET.';
COMMENT ON COLUMN posts.top_secret IS 'Of which TOP SECRET.';
