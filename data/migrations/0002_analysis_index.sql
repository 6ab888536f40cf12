-- CaseLens project schema, version 2.
-- Tables by case and the co-occurrence matrix count each code once per document: with
-- this index they read (document, code) pairs in order without touching the codings.
CREATE INDEX codings_status_document_code ON codings(status, document_id, code_id, coder_id);
