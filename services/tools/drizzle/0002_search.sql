-- Full-text search over published tools (src/search/). Documents are numbered in tools_search_docs,
-- not by tools' implicit rowid, which VACUUM may renumber. The index is contentless: the text lives
-- in tools; bm25 only needs the column sizes FTS5 keeps anyway. Prefix queries of 3 letters (the
-- shortest allowed) read a prefix index instead of scanning every term.
CREATE TABLE `tools_search_docs` (`doc` integer PRIMARY KEY, `tool_id` text NOT NULL UNIQUE);
--> statement-breakpoint
-- Every (re)indexed document, in order: other connections replay it to refresh their facet bitmaps.
CREATE TABLE `tools_search_changes` (`seq` integer PRIMARY KEY AUTOINCREMENT, `doc` integer NOT NULL);
--> statement-breakpoint
CREATE VIRTUAL TABLE `tools_search` USING fts5(name, products, categories, features, summary, description, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='3');
--> statement-breakpoint
-- The words of the index, trigram-indexed, so a misspelt word finds its closest real words.
CREATE TABLE `tools_search_terms` (`id` integer PRIMARY KEY, `term` text NOT NULL UNIQUE);
--> statement-breakpoint
CREATE VIRTUAL TABLE `tools_search_terms_fts` USING fts5(term, content='tools_search_terms', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `tools_search_terms_ai` AFTER INSERT ON `tools_search_terms` BEGIN INSERT INTO tools_search_terms_fts(rowid, term) VALUES (new.id, new.term); END;
