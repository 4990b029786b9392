-- One row saying when and from what this warehouse was published.
CREATE TABLE warehouse_info (
    published_at TIMESTAMP WITH TIME ZONE,
    search_index BOOLEAN,
    fingerprint  VARCHAR
);
COMMENT ON TABLE warehouse_info IS 'When this warehouse file was published, and from which committed Parquet parts.';
COMMENT ON COLUMN warehouse_info.published_at IS 'When the file was built.';
COMMENT ON COLUMN warehouse_info.search_index IS 'Whether the full-text index behind search(query) was built.';
COMMENT ON COLUMN warehouse_info.fingerprint IS 'Hash of the Parquet parts and SQL it was built from; an unchanged fingerprint means nothing to republish.';
