CREATE TABLE `advice` (
	`id` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`sector` text NOT NULL,
	`recommend` text NOT NULL,
	`also_consider` text NOT NULL,
	`summary` text NOT NULL,
	`reasons` text NOT NULL,
	`caveats` text NOT NULL,
	`sources` text NOT NULL,
	`certainty` text NOT NULL,
	`uncertainties` text NOT NULL,
	`verified_at` text,
	`status` text DEFAULT 'PUBLISHED' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `advice_product_idx` ON `advice` (`product_id`,`sector`);--> statement-breakpoint
CREATE TABLE `entries` (
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`owner_org` text,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`published` text,
	`draft` text,
	`draft_org` text,
	`last_editor_sub` text,
	`last_editor_name` text,
	`last_editor_org` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`entity_type`, `entity_id`)
);
--> statement-breakpoint
CREATE INDEX `entries_status_idx` ON `entries` (`entity_type`,`status`);--> statement-breakpoint
CREATE TABLE `offerings` (
	`id` text PRIMARY KEY NOT NULL,
	`tool_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`sectors` text NOT NULL,
	`data_location` text NOT NULL,
	`processor_agreement` text NOT NULL,
	`sign_in` text NOT NULL,
	`price` text NOT NULL,
	`url` text NOT NULL,
	`sources` text NOT NULL,
	`certainty` text NOT NULL,
	`uncertainties` text NOT NULL,
	`verified_at` text,
	`status` text DEFAULT 'PUBLISHED' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `offerings_tool_idx` ON `offerings` (`tool_id`,`id`);--> statement-breakpoint
CREATE INDEX `offerings_provider_idx` ON `offerings` (`provider_id`,`id`);--> statement-breakpoint
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
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`version` integer NOT NULL,
	`action` text NOT NULL,
	`actor_sub` text NOT NULL,
	`actor_name` text,
	`actor_org` text,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`changes` text NOT NULL,
	`comment` text
);
--> statement-breakpoint
CREATE INDEX `revisions_entity_idx` ON `revisions` (`entity_type`,`entity_id`,`version`);