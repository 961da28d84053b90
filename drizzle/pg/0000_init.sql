CREATE TABLE "assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"teacher_key_hash" text NOT NULL,
	"module_id" text NOT NULL,
	"module_title" text NOT NULL,
	"created_at" bigint NOT NULL,
	"closed_at" bigint,
	"expires_at" bigint NOT NULL,
	CONSTRAINT "assignments_teacher_key_hash_unique" UNIQUE("teacher_key_hash")
);
--> statement-breakpoint
CREATE TABLE "attempts" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attempts_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"student_id" text NOT NULL,
	"submission_id" text NOT NULL,
	"quiz_id" text NOT NULL,
	"payload_hash" text NOT NULL,
	"answers" text NOT NULL,
	"results" text NOT NULL,
	"score" double precision NOT NULL,
	"max_score" double precision NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress" (
	"student_id" text NOT NULL,
	"step" text NOT NULL,
	"done_at" bigint NOT NULL,
	CONSTRAINT "progress_student_id_step_pk" PRIMARY KEY("student_id","step")
);
--> statement-breakpoint
CREATE TABLE "sections" (
	"id" text PRIMARY KEY NOT NULL,
	"assignment_id" text NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "sections_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "students" (
	"id" text PRIMARY KEY NOT NULL,
	"section_id" text NOT NULL,
	"nickname" text NOT NULL,
	"nickname_key" text NOT NULL,
	"resume_hash" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress" ADD CONSTRAINT "progress_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "students" ADD CONSTRAINT "students_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attempts_student_submission_uq" ON "attempts" USING btree ("student_id","submission_id");--> statement-breakpoint
CREATE INDEX "attempts_student_quiz_idx" ON "attempts" USING btree ("student_id","quiz_id");--> statement-breakpoint
CREATE INDEX "sections_assignment_idx" ON "sections" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "sessions_student_idx" ON "sessions" USING btree ("student_id");--> statement-breakpoint
CREATE UNIQUE INDEX "students_section_nickname_uq" ON "students" USING btree ("section_id","nickname_key");