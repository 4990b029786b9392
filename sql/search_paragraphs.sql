-- The input of the full-text index built by search.sql. The fts extension
-- indexes a table, and paragraphs is a view over Parquet, so this is a copy
-- of the text keyed by cable_id#position. A temporary table: it never
-- reaches the warehouse file, which keeps only the index.
CREATE TEMP TABLE paragraph_search AS
SELECT cable_id || '#' || position AS paragraph, text
FROM paragraphs;
