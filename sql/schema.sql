-- The warehouse's tables: the single source of their columns, types and
-- documentation. The Parquet files, the Dagster column schemas and the DuckDB
-- catalog are all derived from this file.

CREATE TABLE cables (
    cable_id               VARCHAR PRIMARY KEY,
    reference_id_raw       VARCHAR,
    title                  VARCHAR,
    subject                VARCHAR,
    created                DATE,
    classification         VARCHAR,
    classification_level   VARCHAR,
    origin                 VARCHAR,
    station                VARCHAR,
    serial                 BIGINT,
    dtg                    TIMESTAMP,
    precedence             VARCHAR,
    transmission_id        VARCHAR,
    originating_station    VARCHAR,
    sender                 VARCHAR,
    sections               INTEGER,
    is_partial             BOOLEAN,
    handling               VARCHAR[],
    summary                VARCHAR,
    signers                VARCHAR[],
    classified_by          VARCHAR[],
    classification_reasons VARCHAR,
    declassify_on          DATE,
    redactions             INTEGER,
    body                   VARCHAR,
    source_path            VARCHAR
);
COMMENT ON TABLE cables IS 'One row per cable: header fields, routing, classification and the full text.';
COMMENT ON COLUMN cables.cable_id IS 'Canonical reference id: two-digit year, station, serial (07BEIJING2463).';
COMMENT ON COLUMN cables.reference_id_raw IS 'Reference id as written on header line 1 of the source file.';
COMMENT ON COLUMN cables.title IS 'Title from the index page (header line 2), often only the first line of the subject.';
COMMENT ON COLUMN cables.subject IS 'Full subject from the SUBJECT: block, wrapped lines joined.';
COMMENT ON COLUMN cables.created IS 'Creation date as written on header line 3 (not shifted to UTC).';
COMMENT ON COLUMN cables.classification IS 'Classification as on header line 4, with its caveat (SECRET//NOFORN).';
COMMENT ON COLUMN cables.classification_level IS 'UNCLASSIFIED, CONFIDENTIAL, SECRET or TOP SECRET.';
COMMENT ON COLUMN cables.origin IS 'Originating post as listed on header line 5 (Embassy Beijing).';
COMMENT ON COLUMN cables.station IS 'Station part of the reference id (BEIJING).';
COMMENT ON COLUMN cables.serial IS 'Serial number part of the reference id (2463).';
COMMENT ON COLUMN cables.dtg IS 'Date-time group of the transmission, UTC (O 130813Z APR 07 -> 2007-04-13 08:13); for copies without a DTG line, from their date line or Cable dated: stamp.';
COMMENT ON COLUMN cables.precedence IS 'Precedence of the cable: FLASH, NIACT IMMEDIATE, IMMEDIATE, PRIORITY or ROUTINE.';
COMMENT ON COLUMN cables.transmission_id IS 'Transmission id, the first routing line (VZCZCXRO3702).';
COMMENT ON COLUMN cables.originating_station IS 'Routing indicator of the sending station, from the DE line (RUEHBJ).';
COMMENT ON COLUMN cables.sender IS 'Sender as on the FM line (AMEMBASSY BEIJING).';
COMMENT ON COLUMN cables.sections IS 'Number of sections (m of SECTION n OF m); 1 for a single-section cable.';
COMMENT ON COLUMN cables.is_partial IS 'True when the source holds only a partial extract of the original cable.';
COMMENT ON COLUMN cables.handling IS 'Handling and dissemination words in order (SIPDIS, NOFORN, SENSITIVE, EXDIS, NODIS, EFTO, ...).';
COMMENT ON COLUMN cables.summary IS 'Text between SUMMARY and END SUMMARY, else the first paragraph.';
COMMENT ON COLUMN cables.signers IS 'Surnames of the signers on the closing lines (RANDT).';
COMMENT ON COLUMN cables.classified_by IS 'Names of the classifying officials from the Classified By: line.';
COMMENT ON COLUMN cables.classification_reasons IS 'E.O. 12958 classification reasons, normalized (1.4(b),(d)).';
COMMENT ON COLUMN cables.declassify_on IS 'Declassification date from the E.O. 12958 DECL: line.';
COMMENT ON COLUMN cables.redactions IS 'Number of redacted runs (XXXXXXXXXXXX, also in small letters: xxxxxxxxxxxx) in the text.';
COMMENT ON COLUMN cables.body IS 'The cable text after the 5-line header, line endings normalized.';
COMMENT ON COLUMN cables.source_path IS 'The input file this cable was loaded from.';

CREATE TABLE recipients (
    cable_id          VARCHAR NOT NULL,
    position          INTEGER NOT NULL,
    kind              VARCHAR NOT NULL,
    routing_indicator VARCHAR,
    name              VARCHAR,
    precedence        VARCHAR,
    serial            VARCHAR
);
COMMENT ON TABLE recipients IS 'Addressees of each cable from the TO and INFO lines, in order.';
COMMENT ON COLUMN recipients.cable_id IS 'The cable (cables.cable_id).';
COMMENT ON COLUMN recipients.position IS 'Position of the addressee in the cable, from 1.';
COMMENT ON COLUMN recipients.kind IS 'TO for action addressees, INFO for information addressees.';
COMMENT ON COLUMN recipients.routing_indicator IS 'Routing indicator before the slash (RUEHC), NULL when not written.';
COMMENT ON COLUMN recipients.name IS 'Addressee name (SECSTATE WASHDC).';
COMMENT ON COLUMN recipients.precedence IS 'Precedence for this addressee (IMMEDIATE), NULL when not written.';
COMMENT ON COLUMN recipients.serial IS 'Serial number for this addressee as written (6821).';

CREATE TABLE tags (
    cable_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    tag      VARCHAR NOT NULL,
    kind     VARCHAR
);
COMMENT ON TABLE tags IS 'TAGS of each cable, in order, typos and synonyms fixed.';
COMMENT ON COLUMN tags.cable_id IS 'The cable (cables.cable_id).';
COMMENT ON COLUMN tags.position IS 'Position of the tag on the TAGS line, from 1.';
COMMENT ON COLUMN tags.tag IS 'The tag (KIPR, CH, CLINTON, HILLARY).';
COMMENT ON COLUMN tags.kind IS 'geo, subject, program, organization or person.';

CREATE TABLE paragraphs (
    cable_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    number   INTEGER,
    marking  VARCHAR,
    text     VARCHAR
);
COMMENT ON TABLE paragraphs IS 'Paragraphs of each cable with their classification markings.';
COMMENT ON COLUMN paragraphs.cable_id IS 'The cable (cables.cable_id).';
COMMENT ON COLUMN paragraphs.position IS 'Position of the paragraph in the cable, from 1.';
COMMENT ON COLUMN paragraphs.number IS 'Paragraph number as written (1 for ¶1.), NULL where the cable numbers none.';
COMMENT ON COLUMN paragraphs.marking IS 'Paragraph marking without parentheses (U, SBU, C, S, S//NF), NULL when unmarked.';
COMMENT ON COLUMN paragraphs.text IS 'Paragraph text, marking and page headers removed.';

CREATE TABLE cable_references (
    cable_id      VARCHAR NOT NULL,
    position      INTEGER NOT NULL,
    label         VARCHAR,
    raw           VARCHAR,
    kind          VARCHAR,
    referenced_id VARCHAR
);
COMMENT ON TABLE cable_references IS 'References (REF: blocks) of each cable, to other cables and to other documents.';
COMMENT ON COLUMN cable_references.cable_id IS 'The referring cable (cables.cable_id).';
COMMENT ON COLUMN cable_references.position IS 'Position of the reference in the cable, from 1.';
COMMENT ON COLUMN cable_references.label IS 'Label of the reference in its REF block (A, B, ...).';
COMMENT ON COLUMN cable_references.raw IS 'The reference as written.';
COMMENT ON COLUMN cable_references.kind IS 'cable, email, telcon, memo or other.';
COMMENT ON COLUMN cable_references.referenced_id IS 'Canonical id of the referenced cable, NULL when the target is not a cable.';

CREATE TABLE source_files (
    path         VARCHAR PRIMARY KEY,
    size         BIGINT NOT NULL,
    mtime_ns     BIGINT NOT NULL,
    content_hash VARCHAR,
    cable_id     VARCHAR,
    status       VARCHAR NOT NULL,
    reason       VARCHAR,
    is_partial   BOOLEAN,
    text_length  BIGINT
);
COMMENT ON TABLE source_files IS 'Every input file of the last run and what became of it.';
COMMENT ON COLUMN source_files.path IS 'Absolute path of the input file.';
COMMENT ON COLUMN source_files.size IS 'File size in bytes when it was read.';
COMMENT ON COLUMN source_files.mtime_ns IS 'Modification time in nanoseconds when it was read.';
COMMENT ON COLUMN source_files.content_hash IS 'BLAKE2b hash of the decoded text, NULL when the file could not be decoded.';
COMMENT ON COLUMN source_files.cable_id IS 'The cable the file holds, NULL when rejected before one was found.';
COMMENT ON COLUMN source_files.status IS 'loaded, duplicate or rejected.';
COMMENT ON COLUMN source_files.reason IS 'Why the file was not loaded (duplicate or rejected), NULL when loaded.';
COMMENT ON COLUMN source_files.is_partial IS 'True when the file holds only a partial extract of its cable.';
COMMENT ON COLUMN source_files.text_length IS 'Length of the decoded text in characters.';

CREATE TABLE rejects (
    path        VARCHAR PRIMARY KEY,
    reason      VARCHAR NOT NULL,
    first_bytes VARCHAR
);
COMMENT ON TABLE rejects IS 'Input files that could not be loaded, with the reason.';
COMMENT ON COLUMN rejects.path IS 'Absolute path of the input file.';
COMMENT ON COLUMN rejects.reason IS 'Why the file was rejected.';
COMMENT ON COLUMN rejects.first_bytes IS 'The first 64 bytes of the file, escaped as a Python bytes literal.';
