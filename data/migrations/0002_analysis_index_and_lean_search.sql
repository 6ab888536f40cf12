-- CaseLens project schema, version 2.
-- From this version documents.original_text is '' when the extracted text needed no
-- cleaning, i.e. when it equals documents.text; older rows keep their copy either way.

-- Tables by case and the co-occurrence matrix count each code once per document: with
-- this index they read (document, code) pairs in order without touching the codings.
CREATE INDEX codings_status_document_code ON codings(status, document_id, code_id, coder_id);
-- Which group each document is in, without reading document rows (each holds its texts
-- and fills pages of its own).
CREATE INDEX documents_grouping ON documents(region, year, province, case_type);

-- The full-text index keeps which passages hold each token, not where in them
-- (detail=none): a third faster to build and smaller. A term of several tokens is
-- checked against the passage text by SearchIndex, since the index cannot tell whether
-- its tokens stand side by side.
DROP TABLE passage_fts;
CREATE VIRTUAL TABLE passage_fts USING fts5(text, content='', columnsize=0, detail=none, tokenize='caselens');
INSERT INTO passage_fts(rowid, text)
    SELECT p.id, substr(d.text, p.start_pos + 1, p.end_pos - p.start_pos)
    FROM passages p JOIN documents d ON d.id = p.document_id
    WHERE p.kind <> 'sentence' ORDER BY p.id;
INSERT INTO passage_fts(passage_fts) VALUES ('optimize');
