-- CaseLens project schema, version 1.
-- Positions (start_pos, end_pos) are Unicode code points into documents.text, end exclusive.

CREATE TABLE project_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE documents (
    id             INTEGER PRIMARY KEY,          -- the number users see: 1, 2, 3… in import order
    title          TEXT NOT NULL,
    unit           TEXT,                         -- submitting unit (申报单位)
    year           INTEGER,
    province       TEXT,                         -- province id, e.g. beijing
    region         TEXT,                         -- region id in the active scheme
    case_type      TEXT,                         -- regional_development | school_practice | research_outcome | solution
    inferred       TEXT NOT NULL DEFAULT '',     -- comma list of fields inferred rather than given
    source_name    TEXT NOT NULL,
    source_format  TEXT NOT NULL,
    encoding       TEXT,
    content_hash   TEXT NOT NULL UNIQUE,         -- SHA-256 of the normalised text
    original_text  TEXT NOT NULL,
    text           TEXT NOT NULL,                -- normalised text; all positions point into it
    length         INTEGER NOT NULL,             -- code points of text
    import_notes   TEXT NOT NULL DEFAULT '',
    imported_at    TEXT NOT NULL
);
CREATE INDEX documents_region ON documents(region);
CREATE INDEX documents_year ON documents(year);

CREATE TABLE document_attributes (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    value       TEXT NOT NULL,
    inferred    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, name)
) WITHOUT ROWID;
CREATE INDEX document_attributes_name ON document_attributes(name, value);

CREATE TABLE passages (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,                -- order within the document, over all kinds
    kind        TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'sentence')),
    parent_id   INTEGER REFERENCES passages(id) ON DELETE CASCADE,  -- a sentence's paragraph
    start_pos   INTEGER NOT NULL,
    end_pos     INTEGER NOT NULL,
    CHECK (start_pos >= 0 AND end_pos > start_pos)
);
CREATE INDEX passages_document ON passages(document_id, ordinal);

CREATE TABLE codes (
    id             INTEGER PRIMARY KEY,
    key            TEXT NOT NULL UNIQUE,         -- stable id, e.g. student_centered
    parent_id      INTEGER REFERENCES codes(id) ON DELETE SET NULL,
    name_zh        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    description_zh TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    color          TEXT NOT NULL DEFAULT '#808080',
    shortcut       TEXT NOT NULL DEFAULT '',
    sort_order     INTEGER NOT NULL DEFAULT 0,
    is_codable     INTEGER NOT NULL DEFAULT 1,   -- dimensions group codes and are not applied
    cues           TEXT NOT NULL DEFAULT '{}',   -- JSON: lexicon cue terms and rules
    guid           TEXT NOT NULL UNIQUE
);

CREATE TABLE coders (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    kind  TEXT NOT NULL CHECK (kind IN ('human', 'engine')),
    guid  TEXT NOT NULL UNIQUE
);

CREATE TABLE codings (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    passage_id  INTEGER REFERENCES passages(id) ON DELETE SET NULL,
    start_pos   INTEGER NOT NULL,
    end_pos     INTEGER NOT NULL,
    code_id     INTEGER NOT NULL REFERENCES codes(id),
    coder_id    INTEGER NOT NULL REFERENCES coders(id),
    origin      TEXT NOT NULL CHECK (origin IN ('human', 'ai')),
    status      TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected', 'changed')),
    confidence  REAL,
    rationale   TEXT NOT NULL DEFAULT '',
    provenance  TEXT NOT NULL DEFAULT '{}',      -- JSON: engine, version, settings, model hash
    replaces_id INTEGER REFERENCES codings(id),  -- the suggestion a changed coding replaced
    reviewer_id INTEGER REFERENCES coders(id),
    reviewed_at TEXT,
    created_at  TEXT NOT NULL,
    guid        TEXT NOT NULL UNIQUE,
    CHECK (start_pos >= 0 AND end_pos > start_pos)
);
CREATE INDEX codings_document ON codings(document_id, start_pos);
CREATE INDEX codings_code_status ON codings(code_id, status, coder_id);
CREATE INDEX codings_status_coder ON codings(status, coder_id, document_id);
CREATE INDEX codings_passage ON codings(passage_id);

CREATE TABLE memos (
    id          INTEGER PRIMARY KEY,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'document', 'code', 'coding')),
    target_id   INTEGER,
    author_id   INTEGER REFERENCES coders(id),
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    guid        TEXT NOT NULL UNIQUE
);
CREATE INDEX memos_target ON memos(target_kind, target_id);

-- Append-only: triggers below refuse updates and deletes.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    before    TEXT,
    after     TEXT
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE samples (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    unit       TEXT NOT NULL CHECK (unit IN ('document', 'passage')),
    seed       INTEGER NOT NULL,
    size       INTEGER NOT NULL,
    stratify   TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE sample_members (
    sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
    item_id   INTEGER NOT NULL,                  -- document or passage id, by the sample's unit
    PRIMARY KEY (sample_id, item_id)
) WITHOUT ROWID;

-- Trained models of the learned coder, with what they were trained on.
CREATE TABLE models (
    id          INTEGER PRIMARY KEY,
    engine      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    settings    TEXT NOT NULL DEFAULT '{}',
    training    TEXT NOT NULL DEFAULT '{}',
    data        BLOB NOT NULL
);

-- Cached answers of the LLM coder, keyed by passage text and prompt.
CREATE TABLE llm_cache (
    key        TEXT PRIMARY KEY,
    prompt     TEXT NOT NULL,
    answer     TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Full-text index over headings and paragraphs (rowid = passages.id). Contentless:
-- the text lives in documents.text. Tokenizer 'caselens' is registered by the core.
CREATE VIRTUAL TABLE passage_fts USING fts5(text, content='', columnsize=0, tokenize='caselens');
