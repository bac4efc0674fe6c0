CREATE TABLE "audience_enrollments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadence_id" uuid NOT NULL,
	"cadence_version_id" uuid NOT NULL,
	"audience" jsonb NOT NULL,
	"scope" jsonb NOT NULL,
	"requested_by" text NOT NULL,
	"idempotency_key" text,
	"status" text DEFAULT 'running' NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"enrolled" integer DEFAULT 0 NOT NULL,
	"excluded" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "audience_enrollments" ADD CONSTRAINT "audience_enrollments_cadence_id_cadences_id_fk" FOREIGN KEY ("cadence_id") REFERENCES "public"."cadences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audience_enrollments" ADD CONSTRAINT "audience_enrollments_cadence_version_id_cadence_versions_id_fk" FOREIGN KEY ("cadence_version_id") REFERENCES "public"."cadence_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audience_enrollments_idempotency" ON "audience_enrollments" USING btree ("requested_by","idempotency_key") WHERE "audience_enrollments"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "audience_enrollments_started" ON "audience_enrollments" USING btree ("started_at");