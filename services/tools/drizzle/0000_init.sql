CREATE TABLE `alternatives` (
	`tool_id` text NOT NULL,
	`product_id` text NOT NULL,
	`fit` text NOT NULL,
	`notes` text,
	`reviewed_by` text,
	PRIMARY KEY(`tool_id`, `product_id`),
	FOREIGN KEY (`tool_id`) REFERENCES `tools`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `alternatives_product_idx` ON `alternatives` (`product_id`);--> statement-breakpoint
CREATE TABLE `categories` (
	`id` text PRIMARY KEY NOT NULL,
	`name_nl` text NOT NULL,
	`name_en` text NOT NULL,
	`publiccode` text,
	`sources` text NOT NULL,
	`certainty` text NOT NULL,
	`uncertainties` text NOT NULL,
	`status` text DEFAULT 'PUBLISHED' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `product_names` (
	`product_id` text NOT NULL,
	`name` text NOT NULL,
	`normalized` text NOT NULL,
	`is_alias` integer NOT NULL,
	PRIMARY KEY(`product_id`, `normalized`),
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `product_names_normalized_idx` ON `product_names` (`normalized`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`vendor` text NOT NULL,
	`vendor_country` text NOT NULL,
	`category_id` text NOT NULL,
	`homepage` text NOT NULL,
	`summary` text NOT NULL,
	`discontinued` integer DEFAULT false NOT NULL,
	`sources` text NOT NULL,
	`certainty` text NOT NULL,
	`uncertainties` text NOT NULL,
	`status` text DEFAULT 'PUBLISHED' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `products_name_idx` ON `products` (`name`);--> statement-breakpoint
CREATE TABLE `tool_facets` (
	`tool_id` text NOT NULL,
	`dimension` text NOT NULL,
	`value` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`dimension`, `value`, `tool_id`),
	FOREIGN KEY (`tool_id`) REFERENCES `tools`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tool_facets_tool_idx` ON `tool_facets` (`tool_id`,`dimension`);--> statement-breakpoint
CREATE TABLE `tools` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`summary` text NOT NULL,
	`description` text,
	`homepage` text NOT NULL,
	`repository` text,
	`license_expression` text NOT NULL,
	`license_osi_approved` integer NOT NULL,
	`license` text NOT NULL,
	`development_status` text NOT NULL,
	`maintenance` text,
	`features` text,
	`privacy` text,
	`accessibility` text,
	`curated_by` text,
	`sources` text NOT NULL,
	`certainty` text NOT NULL,
	`uncertainties` text NOT NULL,
	`status` text DEFAULT 'PUBLISHED' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tools_name_idx` ON `tools` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `tools_updated_idx` ON `tools` (`updated_at`,`id`);