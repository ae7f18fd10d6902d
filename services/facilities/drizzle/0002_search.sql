-- Full-text search over facilities (case/diacritics-insensitive, prefixes of 3+ letters), same rules as tools.
CREATE VIRTUAL TABLE `facilities_search` USING fts5(id UNINDEXED, name, acronym, operator, summary, description, tokenize='unicode61 remove_diacritics 2', prefix='3');
--> statement-breakpoint
-- The words of the index, trigram-indexed, so a misspelt word finds its closest real words.
CREATE TABLE `facilities_search_terms` (`id` integer PRIMARY KEY, `term` text NOT NULL UNIQUE);
--> statement-breakpoint
CREATE VIRTUAL TABLE `facilities_search_terms_fts` USING fts5(term, content='facilities_search_terms', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `facilities_search_terms_ai` AFTER INSERT ON `facilities_search_terms` BEGIN INSERT INTO facilities_search_terms_fts(rowid, term) VALUES (new.id, new.term); END;
