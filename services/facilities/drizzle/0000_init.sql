CREATE TABLE `facilities` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`acronym` text,
	`kind` text NOT NULL,
	`lifecycle` text NOT NULL,
	`operator_id` text NOT NULL,
	`homepage` text,
	`summary` text NOT NULL,
	`description` text,
	`how_to_connect` text,
	`sources` text NOT NULL,
	`certainty` text NOT NULL,
	`uncertainties` text NOT NULL,
	`status` text DEFAULT 'PUBLISHED' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`operator_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `facilities_name_idx` ON `facilities` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `facilities_operator_idx` ON `facilities` (`operator_id`);--> statement-breakpoint
CREATE TABLE `facility_links` (
	`facility_id` text NOT NULL,
	`dimension` text NOT NULL,
	`value` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`dimension`, `value`, `facility_id`),
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `facility_links_facility_idx` ON `facility_links` (`facility_id`,`dimension`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`kind` text NOT NULL,
	`homepage` text NOT NULL,
	`country` text,
	`summary` text NOT NULL,
	`sources` text NOT NULL,
	`certainty` text NOT NULL,
	`uncertainties` text NOT NULL,
	`status` text DEFAULT 'PUBLISHED' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `organisations_name_idx` ON `organisations` (`name`,`id`);