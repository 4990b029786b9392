-- Read by `cables sql` when the DuckDB CLI starts (after ~/.duckdbrc), once
-- the fts extension is loaded from its local file.
.prompt 'cables> ' '   ...> '
.mode duckbox
.maxrows 40
