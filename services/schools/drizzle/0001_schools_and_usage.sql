CREATE TABLE `schools` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`sectors` text NOT NULL,
	`municipality` text,
	`province` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `usage_audit` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`school_id` text NOT NULL,
	`tool_id` text,
	`action` text NOT NULL,
	`sub` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `usage_audit_school_at_idx` ON `usage_audit` (`school_id`,`at`);--> statement-breakpoint
CREATE TABLE `usage_declarations` (
	`id` text PRIMARY KEY NOT NULL,
	`school_id` text NOT NULL,
	`tool_id` text NOT NULL,
	`since` text NOT NULL,
	`purpose` text,
	`note` text,
	`note_status` text,
	`note_rejection` text,
	`note_reviewed_at` text,
	`named_publicly` integer NOT NULL,
	`contactable` integer NOT NULL,
	`version` integer NOT NULL,
	`declared_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`school_id`) REFERENCES `schools`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `usage_declarations_school_tool_idx` ON `usage_declarations` (`school_id`,`tool_id`);--> statement-breakpoint
CREATE INDEX `usage_declarations_tool_idx` ON `usage_declarations` (`tool_id`);