CREATE TABLE "analytics_parked_facts" (
	"kind" text NOT NULL,
	"fact_id" text NOT NULL,
	"reason" text NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	CONSTRAINT "analytics_parked_facts_key" PRIMARY KEY("kind","fact_id")
);
--> statement-breakpoint
-- Enrollments an entry rule stored without what was placed: the account's current balance, currency and
-- due date are the best knowledge left of it (the balance then is gone).
UPDATE "enrollments" e SET "placed_cents" = a."balance_cents", "placed_currency" = a."currency", "placed_due_date" = a."due_date" FROM "accounts" a WHERE a."id" = e."account_id" AND (e."placed_cents" IS NULL OR e."placed_currency" IS NULL OR e."placed_due_date" IS NULL);--> statement-breakpoint
ALTER TABLE "enrollments" ALTER COLUMN "placed_cents" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollments" ALTER COLUMN "placed_currency" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollments" ALTER COLUMN "placed_due_date" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_enrollments" ADD COLUMN "tier_step" text;--> statement-breakpoint
ALTER TABLE "analytics_projection" ADD COLUMN "caught_up_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "analytics_projection" ADD COLUMN "checkpoint_xmax" "xid8";--> statement-breakpoint
ALTER TABLE "analytics_projection" ADD COLUMN "checkpoint_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "analytics_parked_facts_due" ON "analytics_parked_facts" USING btree ("next_attempt_at");