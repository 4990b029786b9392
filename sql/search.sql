-- Full-text search over paragraph text with DuckDB's fts extension (BM25).
-- Run at publish time after the extension is loaded from its local file
-- (etl/pipeline/fts.py); `cables sql` loads it the same way.

-- Index the temporary copy of paragraph text made by search_paragraphs.sql;
-- the index (schema fts_main_paragraph_search) keeps only terms and keys.
PRAGMA create_fts_index('paragraph_search', 'paragraph', 'text');

-- A case-insensitive pattern matching words that start with a query word or
-- with its stem, so "sanctions" also marks "sanction" and "sanctioned".
-- It depends on the query alone, so DuckDB compiles it once per search.
CREATE MACRO search_pattern(query) AS
    '(?i)\b(' || array_to_string(list_distinct(flatten(list_transform(
        list_filter(fts_main_paragraph_search.tokenize(query), lambda word: word <> ''),
        lambda word: [word, stem(word, 'porter')]
    ))), '|') || ')\w*';
COMMENT ON MACRO search_pattern IS 'Regular expression matching the words of a search query and their stems (used by search).';

-- Up to 200 characters around the first match, cut at word boundaries.
CREATE MACRO search_snippet(text, pattern) AS (
    WITH marked AS (
        SELECT regexp_replace(text, pattern, '**\0**', 'g') AS marked
    ),
    located AS (
        SELECT marked, greatest(strpos(marked, '**') - 60, 1) AS start
        FROM marked
    ),
    piece AS (
        SELECT substr(marked, start, 200) AS piece, start > 1 AS cut_left, length(marked) >= start + 200 AS cut_right
        FROM located
    ),
    whole_words AS (
        SELECT
            CASE WHEN cut_left THEN substr(piece, strpos(piece, ' ') + 1) ELSE piece END AS piece,
            cut_left,
            cut_right
        FROM piece
    )
    SELECT
        CASE WHEN cut_left THEN '… ' ELSE '' END
        || CASE WHEN cut_right THEN left(piece, length(piece) - strpos(reverse(piece), ' ')) || ' …' ELSE piece END
    FROM whole_words
);
COMMENT ON MACRO search_snippet IS 'Text around the first match of a search pattern, matches marked **like this** (used by search).';

CREATE MACRO search(query) AS TABLE
    WITH hits AS (
        SELECT
            split_part(paragraph, '#', 1) AS cable_id,
            split_part(paragraph, '#', 2)::INTEGER AS position,
            score
        FROM (
            SELECT name AS paragraph, fts_main_paragraph_search.match_bm25(name, query) AS score
            FROM fts_main_paragraph_search.docs
        )
        WHERE score IS NOT NULL
    )
    SELECT h.cable_id, p.number, h.score, search_snippet(p.text, search_pattern(query)) AS snippet
    FROM hits h
    JOIN paragraphs p USING (cable_id, position)
    ORDER BY h.score DESC, h.cable_id, h.position;
COMMENT ON MACRO TABLE search IS 'Full-text search over paragraph text: cable_id, paragraph number, BM25 score and a snippet, best match first. Needs the fts extension, which `cables sql` loads.';
