-- Full-text search over standards (case/diacritics-insensitive, prefixes of 3+ letters), same rules as tools.
CREATE VIRTUAL TABLE `standards_search` USING fts5(id UNINDEXED, name, acronym, summary, description, tokenize='unicode61 remove_diacritics 2', prefix='3');
--> statement-breakpoint
-- The words of the index, trigram-indexed, so a misspelt word finds its closest real words.
CREATE TABLE `standards_search_terms` (`id` integer PRIMARY KEY, `term` text NOT NULL UNIQUE);
--> statement-breakpoint
CREATE VIRTUAL TABLE `standards_search_terms_fts` USING fts5(term, content='standards_search_terms', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `standards_search_terms_ai` AFTER INSERT ON `standards_search_terms` BEGIN INSERT INTO standards_search_terms_fts(rowid, term) VALUES (new.id, new.term); END;
