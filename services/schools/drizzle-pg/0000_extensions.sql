-- Shared by every subgraph: its drizzle-pg/0000_extensions.sql is a link to this file (kit/src/postgres).
-- Search on PostgreSQL (each subgraph's store/search/pg-*.ts): unaccent folds diacritics before the Dutch and
-- English stemmers (catalogue_nl, catalogue_en: "enquête" = "enquete"), pg_trgm corrects misspelt words.
-- Both extensions are trusted on PostgreSQL 13+, so managed services allow a database owner to create them.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION catalogue_nl (COPY = pg_catalog.dutch);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION catalogue_nl ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION catalogue_en (COPY = pg_catalog.english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION catalogue_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
