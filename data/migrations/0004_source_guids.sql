-- CaseLens project schema, version 4.
-- The REFI-QDA GUID a document came with from another tool, so a project sent out and
-- back can be matched with the original; NULL for documents CaseLens made (their GUID is
-- derived from the project's own namespace when exported).
ALTER TABLE documents ADD COLUMN guid TEXT;
CREATE UNIQUE INDEX documents_guid ON documents(guid) WHERE guid IS NOT NULL;
