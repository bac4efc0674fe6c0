CREATE TABLE "analytics_projection" (
	"id" text PRIMARY KEY NOT NULL,
	"next_tx" "xid8" NOT NULL,
	"projected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "analytics_events_experiment_arm";--> statement-breakpoint
DROP INDEX "analytics_events_type_time";--> statement-breakpoint
DROP INDEX "analytics_events_time";--> statement-breakpoint
ALTER TABLE "account_events" ADD COLUMN "written_by_tx" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_decisions" ADD COLUMN "written_by_tx" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
ALTER TABLE "delivery_receipts" ADD COLUMN "applied_by_tx" "xid8";--> statement-breakpoint
ALTER TABLE "delivery_receipts" ADD COLUMN "advanced_status" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollment_timeline" ADD COLUMN "written_by_tx" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "placed_cents" bigint;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "placed_currency" text;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "placed_due_date" date;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "written_by_tx" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
CREATE INDEX "account_events_written_by_tx" ON "account_events" USING btree ("written_by_tx");--> statement-breakpoint
CREATE INDEX "contact_decisions_written_by_tx" ON "contact_decisions" USING btree ("written_by_tx");--> statement-breakpoint
CREATE INDEX "delivery_receipts_applied_by_tx" ON "delivery_receipts" USING btree ("applied_by_tx");--> statement-breakpoint
CREATE INDEX "enrollment_timeline_written_by_tx" ON "enrollment_timeline" USING btree ("written_by_tx");--> statement-breakpoint
CREATE INDEX "enrollments_written_by_tx" ON "enrollments" USING btree ("written_by_tx");--> statement-breakpoint
CREATE INDEX "analytics_events_experiment_assigned" ON "analytics_events" USING btree ("experiment_id","arm") WHERE "analytics_events"."type" = 'assigned';--> statement-breakpoint
CREATE INDEX "analytics_events_time" ON "analytics_events" USING brin ("occurred_at");--> statement-breakpoint
-- Facts written before this migration appended their analytics rows in their own transactions: the
-- projection starts after the migrating transaction (whose id the new columns of old rows carry).
INSERT INTO "analytics_projection" ("id", "next_tx") VALUES ('events', ((pg_current_xact_id()::text::bigint) + 1)::text::xid8);
