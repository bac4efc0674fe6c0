CREATE TABLE "consent_ledger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"portfolio_id" text NOT NULL,
	"provider" text NOT NULL,
	"message_id" text NOT NULL,
	"channel" text NOT NULL,
	"from_contact" text NOT NULL,
	"to_contact" text,
	"keyword_class" text NOT NULL,
	"keyword" text,
	"consent_effect" text NOT NULL,
	"account_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"changed_account_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "account_events_source_event";--> statement-breakpoint
ALTER TABLE "account_events" ADD COLUMN "portfolio_id" text;--> statement-breakpoint
-- Events of the generic processor webhook named the portfolio that signed them in their source.
UPDATE "account_events" SET "portfolio_id" = substr("source", 10), "source" = 'payments' WHERE "source" LIKE 'payments:%';--> statement-breakpoint
-- Every other event belongs to its account's portfolio.
UPDATE "account_events" SET "portfolio_id" = "accounts"."portfolio_id" FROM "accounts" WHERE "account_events"."portfolio_id" IS NULL AND "accounts"."id" = "account_events"."account_id";--> statement-breakpoint
ALTER TABLE "account_events" ALTER COLUMN "portfolio_id" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "consent_ledger_message" ON "consent_ledger" USING btree ("portfolio_id","provider","message_id");--> statement-breakpoint
CREATE INDEX "consent_ledger_sender" ON "consent_ledger" USING btree ("portfolio_id","from_contact","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "account_events_portfolio_source_event" ON "account_events" USING btree ("portfolio_id","source","event_id");