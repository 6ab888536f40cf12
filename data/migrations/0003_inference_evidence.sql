-- CaseLens project schema, version 3.
-- Where each inferred value of a document was read from, as a JSON object
-- {"year": "date line “发表于:2019.09.28”", …}; '' for documents imported before, or
-- with nothing inferred. Shown by `caselens-cli docs --why` for fields still inferred.
ALTER TABLE documents ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
