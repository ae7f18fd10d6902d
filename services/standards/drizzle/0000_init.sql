CREATE TABLE `standard_sectors` (
	`standard_id` text NOT NULL,
	`sector` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`sector`, `standard_id`),
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `standard_sectors_standard_idx` ON `standard_sectors` (`standard_id`);--> statement-breakpoint
CREATE TABLE `standard_versions` (
	`standard_id` text NOT NULL,
	`version` text NOT NULL,
	`lifecycle` text NOT NULL,
	`date` text,
	`position` integer NOT NULL,
	PRIMARY KEY(`standard_id`, `version`),
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `standards` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`acronym` text,
	`maintainer_id` text NOT NULL,
	`domain` text NOT NULL,
	`summary` text NOT NULL,
	`description` text,
	`specification_url` text,
	`international` integer NOT NULL,
	`forum_status` text,
	`edustandaard_advice` text,
	`dutch_status` text NOT NULL,
	`sources` text NOT NULL,
	`certainty` text NOT NULL,
	`uncertainties` text NOT NULL,
	`status` text DEFAULT 'PUBLISHED' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `standards_name_idx` ON `standards` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `standards_maintainer_idx` ON `standards` (`maintainer_id`);