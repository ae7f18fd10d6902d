-- Shared by every subgraph: its drizzle-pg/0002_database_rules.sql is a link to this file (kit/src/postgres).
-- What the database itself enforces, whichever replica writes (the SQLite migrations' triggers, and more):
-- revisions and the outbox are append-only (no UPDATE, DELETE or TRUNCATE);
CREATE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;
--> statement-breakpoint
CREATE TRIGGER revisions_are_append_only BEFORE UPDATE OR DELETE ON revisions FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE TRIGGER revisions_are_never_truncated BEFORE TRUNCATE ON revisions FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE TRIGGER outbox_is_append_only BEFORE UPDATE OR DELETE ON outbox FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE TRIGGER outbox_is_never_truncated BEFORE TRUNCATE ON outbox FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
-- an entry's version only steps up by one (a reseed of an untouched entry rewrites version 1), so two
-- replicas that read the same version cannot both write the next one: the second fails with 40001
-- (serialization_failure) and retries its transaction, where the expected-version check answers CONFLICT;
CREATE FUNCTION check_entry_version_step() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.version = OLD.version + 1 OR (NEW.version = 1 AND OLD.version = 1) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% "%" is at version %, a write of version % lost an update', OLD.entity_type, OLD.entity_id, OLD.version, NEW.version
    USING ERRCODE = 'serialization_failure';
END $$;
--> statement-breakpoint
CREATE TRIGGER entries_version_steps BEFORE UPDATE OF version ON entries FOR EACH ROW EXECUTE FUNCTION check_entry_version_step();
--> statement-breakpoint
-- a revision records the version its entry is at (written after the entry, in the same transaction);
CREATE FUNCTION check_revision_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE current integer;
BEGIN
  SELECT version INTO current FROM entries WHERE entity_type = NEW.entity_type AND entity_id = NEW.entity_id;
  IF current IS DISTINCT FROM NEW.version THEN
    RAISE EXCEPTION 'revision % of % "%" does not match the entry''s version %', NEW.version, NEW.entity_type, NEW.entity_id, current
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER revisions_match_entries BEFORE INSERT ON revisions FOR EACH ROW EXECUTE FUNCTION check_revision_version();
--> statement-breakpoint
-- outbox writers queue behind one transaction lock, so seq order is commit order and a feed reader that
-- resumes after seq N never skips an event committed later with a lower seq.
CREATE FUNCTION serialize_outbox_writers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('edu-catalogus outbox'));
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER outbox_in_commit_order BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION serialize_outbox_writers();
--> statement-breakpoint
-- Every committed outbox event is announced to the replicas (kit/src/postgres/change-listener.ts), which
-- drop what they keep in memory; PostgreSQL delivers a NOTIFY only at commit, and not at all on rollback.
CREATE FUNCTION announce_outbox_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('edu_catalogus_changes', TG_TABLE_SCHEMA || ':' || NEW.seq || ':' || NEW.entity_type || ':' || NEW.entity_id);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER outbox_announced AFTER INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION announce_outbox_event();
