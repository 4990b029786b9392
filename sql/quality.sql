-- Parse quality, one row per cable: what the parse found (has_*) and what
-- looks wrong (bad_*), with the cable's year and format variant. A single
-- SELECT over the tables cables, recipients, tags, paragraphs and
-- cable_references, so that it runs the same on the published warehouse
-- (read-only) and on the Parquet parts; `cables report` and the metadata of
-- the parquet/cables asset aggregate it (etl/report.py).
--
-- Format variants (the first that applies):
--   distribution block  old cables: PAGE 01 ..., ACTION AF-00, INFO LOG-00 NP-00 ...
--   newspaper           copies that start with "Saturday, 20 January 2007, 12:35"
--   partial             other partial extracts ("This record is a partial extract ...")
--   no 5-line header    the text alone, without the seed format's header
--   routing header      the seed format: header, routing header, cable text
--   no routing header   the cable text starts at its classification line
WITH
recipient_stats AS (
    SELECT cable_id,
           count(*) FILTER (WHERE kind = 'TO') AS to_count,
           count(*) FILTER (WHERE regexp_matches(name, 'UNCLAS|CONFIDENTIAL|SECRET|C O N F|S E C R E T')
                              AND NOT regexp_matches(name, 'SECRET SERVICE')) AS class_word_names
    FROM recipients
    GROUP BY cable_id
),
tag_stats AS (
    SELECT cable_id, count(*) AS tag_count FROM tags GROUP BY cable_id
),
paragraph_stats AS (
    SELECT cable_id,
           count(*) AS paragraph_count,
           -- BEIJING 00002463  002 OF 002 (also 001.2 OF 003), PAGE 02 HARARE 06677 01 OF 03 291400Z
           count(*) FILTER (WHERE regexp_matches(text, '0\d{7}\s+\d{3}(\.\d)?\s+OF\s+\d{3}|PAGE \d{2,3} +[A-Z][A-Z .]* \d{3,6} ')) AS page_header_paragraphs,
           -- a transmission id, a DE line, a ZNR/ZNY line, or an FM line followed by a TO addressee
           count(*) FILTER (WHERE regexp_matches(text, 'VZCZC[A-Z0-9]|\bDE R[A-Z]{4,5} #\d|\bZN[RY] (UUUUU|CCCCC|SSSSS)\b|\bFM [A-Z][A-Z .]{2,40} TO R[A-Z0-9]{3,7}/')) AS routing_paragraphs
    FROM paragraphs
    GROUP BY cable_id
),
reference_stats AS (
    SELECT cable_id,
           count(*) AS reference_count,
           -- a cable reference whose id is not <2-digit year><STATION><serial>
           count(*) FILTER (WHERE kind = 'cable'
                              AND NOT regexp_full_match(coalesce(referenced_id, ''), '\d\d[A-Z]{2,}[1-9]\d{0,6}')) AS bad_references
    FROM cable_references
    GROUP BY cable_id
)
SELECT
    c.cable_id,
    coalesce(CAST(year(c.created) AS VARCHAR), 'unknown') AS year,
    CASE
        WHEN contains(left(c.body, 4000), 'LOG-00') OR contains(left(c.body, 4000), 'PAGE 01 ')
             OR regexp_matches(left(c.body, 4000), '(^|\n)ACTION [A-Z]{1,6}-\d\d') THEN 'distribution block'
        WHEN regexp_matches(left(c.body, 1500), '(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d')
             THEN 'newspaper'
        WHEN c.is_partial THEN 'partial'
        WHEN c.reference_id_raw IS NULL THEN 'no 5-line header'
        WHEN c.sender IS NOT NULL THEN 'routing header'
        ELSE 'no routing header'
    END AS variant,
    coalesce(c.is_partial, false) AS is_partial,
    c.sender IS NOT NULL AS has_routing,
    c.classification_level IN ('CONFIDENTIAL', 'SECRET', 'TOP SECRET') AS is_classified,
    -- coverage
    coalesce(regexp_matches(c.subject, '\S'), false) AS has_subject,  -- (trim() copies every text: slow)
    coalesce(t.tag_count, 0) > 0 AS has_tags,
    coalesce(r.to_count, 0) > 0 AS has_to,
    coalesce(len(c.signers), 0) > 0 AS has_signers,
    coalesce(regexp_matches(c.summary, '\S'), false) AS has_summary,
    coalesce(p.paragraph_count, 0) > 0 AS has_paragraphs,
    coalesce(len(c.classified_by), 0) > 0 AS has_classified_by,
    c.classification_reasons IS NOT NULL AS has_reasons,
    c.declassify_on IS NOT NULL AS has_declassify_on,
    c.dtg IS NOT NULL AS has_dtg,
    c.precedence IS NOT NULL AS has_precedence,
    c.classification_level IS NOT NULL AS has_level,
    coalesce(len(c.handling), 0) > 0 AS has_handling,
    coalesce(rf.reference_count, 0) > 0 AS has_references,
    -- anomalies
    regexp_full_match(coalesce(c.cable_id, ''), '\d\d[A-Z]{2,}[1-9]\d{0,6}') = false AS bad_cable_id,
    coalesce(p.page_header_paragraphs, 0) AS page_header_paragraphs,
    coalesce(p.routing_paragraphs, 0) AS routing_paragraphs,
    coalesce(r.class_word_names, 0) AS class_word_recipients,
    coalesce(rf.bad_references, 0) AS bad_references,
    -- the date-time group more than 3 days from the creation date
    coalesce(abs(date_diff('day', CAST(c.dtg AS DATE), c.created)) > 3, false) AS dtg_off_created
FROM cables c
LEFT JOIN recipient_stats r USING (cable_id)
LEFT JOIN tag_stats t USING (cable_id)
LEFT JOIN paragraph_stats p USING (cable_id)
LEFT JOIN reference_stats rf USING (cable_id)
