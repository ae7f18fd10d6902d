ALTER TABLE `categories` ADD `verified_at` text;--> statement-breakpoint
ALTER TABLE `products` ADD `discontinued_on` text;--> statement-breakpoint
ALTER TABLE `products` ADD `discontinued_source` text;--> statement-breakpoint
ALTER TABLE `products` ADD `discontinued_note` text;--> statement-breakpoint
ALTER TABLE `products` ADD `verified_at` text;--> statement-breakpoint
ALTER TABLE `tools` ADD `verified_at` text;