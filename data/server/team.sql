-- CaseLens team server: what a PostgreSQL database holds beyond the mirror of the
-- project's tables (which publish makes from the project's own schema). Run by the lead
-- who owns the tables; every statement can run again.
--
-- Who may do what is enforced here, in the database, whatever program connects:
--   caselens_coder     reads the project; writes only their own codings and memos
--   caselens_reviewer  a coder who also decides the engines' suggestions
--   the owner (lead)   everything (owners pass row-level security)
-- A person is a database role of their own; their coder in `coders` has the role's name.

CREATE TABLE IF NOT EXISTS team_settings (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO team_settings VALUES ('blind', 'off') ON CONFLICT (key) DO NOTHING;
-- Which project this is, whatever the database is called: a working copy made from another
-- database of the same name is not this project's.
INSERT INTO team_settings VALUES ('project_id', gen_random_uuid()::text) ON CONFLICT (key) DO NOTHING;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'caselens_coder') THEN CREATE ROLE caselens_coder NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'caselens_reviewer') THEN CREATE ROLE caselens_reviewer NOLOGIN; END IF;
END $$;
GRANT caselens_coder TO caselens_reviewer;

CREATE OR REPLACE FUNCTION caselens_me() RETURNS bigint LANGUAGE sql STABLE
  AS $$ SELECT id FROM coders WHERE name = session_user $$;
CREATE OR REPLACE FUNCTION caselens_is_reviewer() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT pg_has_role(session_user, 'caselens_reviewer', 'MEMBER') $$;
CREATE OR REPLACE FUNCTION caselens_blind() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT coalesce((SELECT value = 'on' FROM team_settings WHERE key = 'blind'), false) $$;

-- What a working copy has not received yet. Each case's version goes up with every change
-- to its codings; version -1 is the memos', version 0 the rest of the project's (codebook,
-- cases, samples, settings). A working copy remembers the versions it holds and fetches
-- only the cases whose version moved (and the memos, when theirs did); a move of version
-- 0 makes it receive the whole project. A version
-- is read before the rows it stands for, so a change arriving in between is fetched again
-- next time, never missed.
CREATE TABLE IF NOT EXISTS team_versions (document_id bigint PRIMARY KEY, version bigint NOT NULL DEFAULT 0);
INSERT INTO team_versions SELECT id, 0 FROM documents ON CONFLICT (document_id) DO NOTHING;
INSERT INTO team_versions VALUES (0, 0), (-1, 0) ON CONFLICT (document_id) DO NOTHING;
-- Runs as the lead: coders read the versions but cannot write them.
CREATE OR REPLACE FUNCTION caselens_bump_case() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO team_versions VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.document_id ELSE NEW.document_id END, 1)
    ON CONFLICT (document_id) DO UPDATE SET version = team_versions.version + 1;
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION caselens_bump_project() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE team_versions SET version = version + 1 WHERE document_id = CASE WHEN TG_TABLE_NAME = 'memos' THEN -1 ELSE 0 END;
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS codings_version ON codings;
CREATE TRIGGER codings_version AFTER INSERT OR UPDATE OR DELETE ON codings
  FOR EACH ROW EXECUTE FUNCTION caselens_bump_case();
DO $$
DECLARE t text;
BEGIN
  -- (Not coders: a new member's coder arrives with their first coding.)
  FOREACH t IN ARRAY ARRAY['codes', 'documents', 'document_attributes', 'passages', 'memos', 'samples',
                           'sample_members', 'project_info', 'models', 'team_settings'] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_version', t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                   'FOR EACH STATEMENT EXECUTE FUNCTION caselens_bump_project()', t || '_version', t);
  END LOOP;
END $$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO caselens_coder;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO caselens_coder;
GRANT INSERT, UPDATE, DELETE ON codings, memos TO caselens_coder;
GRANT INSERT ON audit_log TO caselens_coder;

-- Codings: in a blind session a coder reads only their own; a coder writes only their
-- own; only reviewers decide suggestions (and only as themselves).
ALTER TABLE codings ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS codings_read ON codings;
DROP POLICY IF EXISTS codings_insert ON codings;
DROP POLICY IF EXISTS codings_update_own ON codings;
DROP POLICY IF EXISTS codings_decide ON codings;
DROP POLICY IF EXISTS codings_delete_own ON codings;
CREATE POLICY codings_read ON codings FOR SELECT
  USING (NOT caselens_blind() OR caselens_is_reviewer() OR coder_id = caselens_me());
CREATE POLICY codings_insert ON codings FOR INSERT
  WITH CHECK (coder_id = caselens_me() AND origin = 'human' AND (reviewer_id IS NULL OR reviewer_id = caselens_me()));
CREATE POLICY codings_update_own ON codings FOR UPDATE
  USING (coder_id = caselens_me() AND status <> 'suggested') WITH CHECK (coder_id = caselens_me());
CREATE POLICY codings_decide ON codings FOR UPDATE
  USING (caselens_is_reviewer() AND status = 'suggested') WITH CHECK (reviewer_id = caselens_me());
CREATE POLICY codings_delete_own ON codings FOR DELETE USING (coder_id = caselens_me() AND status <> 'suggested');

-- Memos: each person writes only their own; in a blind session memos on other people's
-- codings are not read.
ALTER TABLE memos ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS memos_read ON memos;
DROP POLICY IF EXISTS memos_insert ON memos;
DROP POLICY IF EXISTS memos_update ON memos;
DROP POLICY IF EXISTS memos_delete ON memos;
CREATE POLICY memos_read ON memos FOR SELECT
  USING (NOT caselens_blind() OR caselens_is_reviewer() OR author_id = caselens_me() OR target_kind <> 'coding');
CREATE POLICY memos_insert ON memos FOR INSERT WITH CHECK (author_id = caselens_me());
CREATE POLICY memos_update ON memos FOR UPDATE USING (author_id = caselens_me()) WITH CHECK (author_id = caselens_me());
CREATE POLICY memos_delete ON memos FOR DELETE USING (author_id = caselens_me());

-- The audit log: each person adds entries under their own name; nobody changes one.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS audit_read ON audit_log;
DROP POLICY IF EXISTS audit_insert ON audit_log;
CREATE POLICY audit_read ON audit_log FOR SELECT USING (NOT caselens_blind() OR caselens_is_reviewer() OR actor = session_user);
CREATE POLICY audit_insert ON audit_log FOR INSERT WITH CHECK (actor = session_user);
CREATE OR REPLACE FUNCTION caselens_append_only() RETURNS trigger LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION caselens_append_only();

-- Open windows hear of every change without polling: LISTEN caselens.
CREATE OR REPLACE FUNCTION caselens_notify_coding() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('caselens', json_build_object('table', 'codings', 'op', TG_OP, 'by', session_user,
    'document', CASE WHEN TG_OP = 'DELETE' THEN OLD.document_id ELSE NEW.document_id END)::text);
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION caselens_notify_table() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('caselens', json_build_object('table', TG_TABLE_NAME, 'op', TG_OP, 'by', session_user)::text);
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS codings_notify ON codings;
CREATE TRIGGER codings_notify AFTER INSERT OR UPDATE OR DELETE ON codings
  FOR EACH ROW EXECUTE FUNCTION caselens_notify_coding();
DROP TRIGGER IF EXISTS memos_notify ON memos;
CREATE TRIGGER memos_notify AFTER INSERT OR UPDATE OR DELETE ON memos
  FOR EACH STATEMENT EXECUTE FUNCTION caselens_notify_table();
DROP TRIGGER IF EXISTS codes_notify ON codes;
CREATE TRIGGER codes_notify AFTER INSERT OR UPDATE OR DELETE ON codes
  FOR EACH STATEMENT EXECUTE FUNCTION caselens_notify_table();

-- What the review queue, the counts and agreement read most.
CREATE INDEX IF NOT EXISTS codings_document ON codings (document_id, start_pos);
CREATE INDEX IF NOT EXISTS codings_status_coder ON codings (status, coder_id, document_id);
CREATE INDEX IF NOT EXISTS codings_code_status ON codings (code_id, status, coder_id);
CREATE INDEX IF NOT EXISTS passages_document ON passages (document_id, ordinal);
