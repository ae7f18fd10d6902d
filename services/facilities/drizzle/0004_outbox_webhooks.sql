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
CREATE INDEX `outbox_at_idx` ON `outbox` (`at`);
--> statement-breakpoint
CREATE TRIGGER `outbox_is_append_only_update` BEFORE UPDATE ON `outbox` BEGIN SELECT RAISE(ABORT, 'the outbox is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `outbox_is_append_only_delete` BEFORE DELETE ON `outbox` BEGIN SELECT RAISE(ABORT, 'the outbox is append-only'); END;
--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subscription_id` text NOT NULL,
	`event_id` text NOT NULL,
	`attempt` integer NOT NULL,
	`status` integer,
	`error` text,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `webhook_deliveries_subscription_idx` ON `webhook_deliveries` (`subscription_id`,`id`);--> statement-breakpoint
CREATE TABLE `webhook_subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`org` text NOT NULL,
	`url` text NOT NULL,
	`types` text NOT NULL,
	`secrets` text NOT NULL,
	`status` text NOT NULL,
	`cursor` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`failing_since` text,
	`next_attempt_at` text,
	`last_error` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
