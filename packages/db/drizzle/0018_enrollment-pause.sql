ALTER TABLE "enrollments" ADD COLUMN "paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "paused_by" text;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "pause_reason" text;