CREATE TABLE "text_search_documents" (
	"index_name" text NOT NULL,
	"id" text NOT NULL,
	"document" "tsvector" NOT NULL,
	CONSTRAINT "text_search_documents_index_name_id_pk" PRIMARY KEY("index_name","id")
);
--> statement-breakpoint
CREATE TABLE "text_search_state" (
	"index_name" text PRIMARY KEY NOT NULL,
	"signature" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "text_search_words" (
	"index_name" text NOT NULL,
	"word" text NOT NULL,
	CONSTRAINT "text_search_words_index_name_word_pk" PRIMARY KEY("index_name","word")
);
--> statement-breakpoint
CREATE INDEX "text_search_documents_gin" ON "text_search_documents" USING gin ("document");--> statement-breakpoint
CREATE INDEX "text_search_words_trgm" ON "text_search_words" USING gin ("word" gin_trgm_ops);