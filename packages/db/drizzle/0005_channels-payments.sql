CREATE TABLE "delivery_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider" text NOT NULL,
	"receipt_key" text NOT NULL,
	"provider_message_id" text NOT NULL,
	"status" text NOT NULL,
	"provider_status" text NOT NULL,
	"outcome" text,
	"error" text,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"applied_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plan_installments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"account_id" text NOT NULL,
	"seq" integer NOT NULL,
	"due_date" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	"paid_cents" bigint DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'due' NOT NULL,
	"missed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "portfolios" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"settings" jsonb NOT NULL,
	"secrets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "portfolio_id" text DEFAULT 'default' NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD COLUMN "dispatched_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD COLUMN "status_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD COLUMN "provider_status" text;--> statement-breakpoint
ALTER TABLE "plan_installments" ADD CONSTRAINT "plan_installments_offer_id_payment_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."payment_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_installments" ADD CONSTRAINT "plan_installments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_receipts_key" ON "delivery_receipts" USING btree ("provider","receipt_key");--> statement-breakpoint
CREATE INDEX "delivery_receipts_message" ON "delivery_receipts" USING btree ("provider_message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_installments_seq" ON "plan_installments" USING btree ("offer_id","seq");--> statement-breakpoint
CREATE INDEX "plan_installments_account" ON "plan_installments" USING btree ("account_id","due_date");--> statement-breakpoint
CREATE INDEX "contact_attempts_provider_message" ON "contact_attempts" USING btree ("provider_message_id");