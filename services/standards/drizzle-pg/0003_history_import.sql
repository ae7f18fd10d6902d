-- Shared by every subgraph: its drizzle-pg migration `history_import` is a link to this file (kit/src/postgres).
-- Copying a SQLite store's history (kit/src/postgres/copy-history.ts) writes revisions of versions their
-- entries have long passed, which database_rules refuses. Only a transaction that set
-- edu_catalogus.import_history = 'on' (SET LOCAL: it ends with the transaction) may, and even then each
-- revision must name a version its entry has reached and none older than the entity's latest stored
-- revision: history is still written forward, after its entry, and never into a gap before it.
CREATE OR REPLACE FUNCTION check_revision_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  current integer;
  latest integer;
BEGIN
  SELECT version INTO current FROM entries WHERE entity_type = NEW.entity_type AND entity_id = NEW.entity_id;
  IF current_setting('edu_catalogus.import_history', true) = 'on' THEN
    SELECT max(version) INTO latest FROM revisions WHERE entity_type = NEW.entity_type AND entity_id = NEW.entity_id;
    IF current IS NULL OR NEW.version < greatest(1, latest) OR NEW.version > current THEN
      RAISE EXCEPTION 'imported revision % of % "%" is not between its latest revision % and the entry''s version %',
        NEW.version, NEW.entity_type, NEW.entity_id, latest, current USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF current IS DISTINCT FROM NEW.version THEN
    RAISE EXCEPTION 'revision % of % "%" does not match the entry''s version %', NEW.version, NEW.entity_type, NEW.entity_id, current
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
