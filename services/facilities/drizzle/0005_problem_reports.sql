CREATE TABLE `problem_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`message` text NOT NULL,
	`email` text,
	`status` text DEFAULT 'OPEN' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`resolved_at` text,
	`resolved_by_sub` text,
	`resolved_by_name` text,
	`resolved_by_org` text,
	`resolution` text
);
--> statement-breakpoint
CREATE INDEX `problem_reports_open_idx` ON `problem_reports` (`status`,`entity_type`,`entity_id`);