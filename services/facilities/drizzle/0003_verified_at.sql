ALTER TABLE `facilities` ADD `verified_at` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `verified_at` text;