CREATE TABLE `outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`version` integer NOT NULL,
	`fields` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `outbox_at_idx` ON `outbox` (`at`);--> statement-breakpoint
CREATE TRIGGER `outbox_is_append_only_update` BEFORE UPDATE ON `outbox` BEGIN SELECT RAISE(ABORT, 'the outbox is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `outbox_is_append_only_delete` BEFORE DELETE ON `outbox` BEGIN SELECT RAISE(ABORT, 'the outbox is append-only'); END;
