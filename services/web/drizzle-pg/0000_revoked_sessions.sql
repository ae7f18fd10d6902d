CREATE TABLE "revoked_sessions" (
	"hash" text PRIMARY KEY NOT NULL,
	"until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "revoked_sessions_until" ON "revoked_sessions" USING btree ("until");