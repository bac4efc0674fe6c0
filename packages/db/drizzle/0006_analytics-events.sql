CREATE TABLE "analytics_daily" (
	"day" date NOT NULL,
	"cadence_id" text DEFAULT '' NOT NULL,
	"version_id" text DEFAULT '' NOT NULL,
	"tier" text DEFAULT '' NOT NULL,
	"channel" text DEFAULT '' NOT NULL,
	"type" text NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"events" bigint NOT NULL,
	"amount_minor" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_daily_key" PRIMARY KEY("day","cadence_id","version_id","tier","channel","type","outcome")
);
--> statement-breakpoint
CREATE TABLE "analytics_enrollments" (
	"enrollment_id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"cadence_id" text NOT NULL,
	"version_id" text NOT NULL,
	"tier" text DEFAULT '' NOT NULL,
	"enrolled_at" timestamp with time zone NOT NULL,
	"placed_minor" bigint NOT NULL,
	"from_bucket" text NOT NULL,
	"due_date" date NOT NULL,
	"first_paid_at" timestamp with time zone,
	"cleared_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "analytics_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"idempotency_key" text NOT NULL,
	"account_id" text NOT NULL,
	"enrollment_id" text,
	"cadence_id" text,
	"version_id" text,
	"node_id" text,
	"experiment_id" text,
	"arm" text,
	"tier" text DEFAULT '' NOT NULL,
	"type" text NOT NULL,
	"outcome" text,
	"channel" text,
	"amount_minor" bigint,
	"currency" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "analytics_events_idempotency" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "analytics_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"currency" text NOT NULL,
	"unit_cost_minor" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "tier" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "experiments" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "experiment_id" text;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "arm" text;--> statement-breakpoint
CREATE INDEX "analytics_enrollments_time" ON "analytics_enrollments" USING btree ("enrolled_at");--> statement-breakpoint
CREATE INDEX "analytics_events_time" ON "analytics_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "analytics_events_version_time" ON "analytics_events" USING btree ("version_id","occurred_at");--> statement-breakpoint
CREATE INDEX "analytics_events_experiment_arm" ON "analytics_events" USING btree ("experiment_id","arm") WHERE "analytics_events"."experiment_id" is not null;--> statement-breakpoint
CREATE INDEX "analytics_events_enrollment" ON "analytics_events" USING btree ("enrollment_id","type");--> statement-breakpoint
CREATE INDEX "analytics_events_type_time" ON "analytics_events" USING btree ("type","occurred_at");--> statement-breakpoint
-- Analytics events are append-only (added by hand to the generated migration): counts are only ever
-- recomputed from rows that were never changed.
CREATE OR REPLACE FUNCTION kairos_analytics_events_are_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'analytics events are append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER analytics_events_append_only BEFORE UPDATE OR DELETE ON "analytics_events"
  FOR EACH ROW EXECUTE FUNCTION kairos_analytics_events_are_append_only();
