CREATE TABLE `idempotency_keys` (
	`subject` text NOT NULL,
	`key` text NOT NULL,
	`write` integer NOT NULL,
	`request_hash` text NOT NULL,
	`response` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`subject`, `key`, `write`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_keys_created_idx` ON `idempotency_keys` (`created_at`);