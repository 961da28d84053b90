CREATE TABLE `assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`teacher_key_hash` text NOT NULL,
	`module_id` text NOT NULL,
	`module_title` text NOT NULL,
	`created_at` integer NOT NULL,
	`closed_at` integer,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignments_teacher_key_hash_unique` ON `assignments` (`teacher_key_hash`);--> statement-breakpoint
CREATE TABLE `attempts` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` text NOT NULL,
	`submission_id` text NOT NULL,
	`quiz_id` text NOT NULL,
	`payload_hash` text NOT NULL,
	`answers` text NOT NULL,
	`results` text NOT NULL,
	`score` real NOT NULL,
	`max_score` real NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attempts_student_submission_uq` ON `attempts` (`student_id`,`submission_id`);--> statement-breakpoint
CREATE INDEX `attempts_student_quiz_idx` ON `attempts` (`student_id`,`quiz_id`);--> statement-breakpoint
CREATE TABLE `progress` (
	`student_id` text NOT NULL,
	`step` text NOT NULL,
	`done_at` integer NOT NULL,
	PRIMARY KEY(`student_id`, `step`),
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sections` (
	`id` text PRIMARY KEY NOT NULL,
	`assignment_id` text NOT NULL,
	`name` text NOT NULL,
	`code` text NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sections_code_unique` ON `sections` (`code`);--> statement-breakpoint
CREATE INDEX `sections_assignment_idx` ON `sections` (`assignment_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_student_idx` ON `sessions` (`student_id`);--> statement-breakpoint
CREATE TABLE `students` (
	`id` text PRIMARY KEY NOT NULL,
	`section_id` text NOT NULL,
	`nickname` text NOT NULL,
	`nickname_key` text NOT NULL,
	`resume_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `students_section_nickname_uq` ON `students` (`section_id`,`nickname_key`);