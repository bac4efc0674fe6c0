ALTER TABLE "accounts" ADD COLUMN "consumer_id" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "address_line1" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "address_line2" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "city" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "state" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "postal_code" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "country" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "spouse" jsonb;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "phones" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "emails" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "contact_points" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "do_not_contact_at_work" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "esign_consent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "time_barred" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "medical_debt" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "care_flags" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "open_promise_date" date;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "open_promise_cents" bigint;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "active_plan_id" text;--> statement-breakpoint
CREATE INDEX "accounts_portfolio_due" ON "accounts" USING btree ("portfolio_id","due_date");--> statement-breakpoint
CREATE INDEX "accounts_portfolio_balance" ON "accounts" USING btree ("portfolio_id","balance_cents");--> statement-breakpoint
CREATE INDEX "accounts_tier" ON "accounts" USING btree (("attributes" ->> 'tier'));--> statement-breakpoint
CREATE INDEX "accounts_name_prefix" ON "accounts" USING btree (lower("name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "accounts_consumer" ON "accounts" USING btree ("consumer_id");--> statement-breakpoint
CREATE INDEX "accounts_contact_points" ON "accounts" USING gin ("contact_points");--> statement-breakpoint
-- Accounts stored before profiles existed: their one phone and email become the lists' primaries.
UPDATE "accounts" SET
  "phones" = CASE WHEN "phone" IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('number', "phone", 'type', "phone_type", 'consents', jsonb_strip_nulls(jsonb_build_object('sms', "consents" -> 'sms', 'voice', "consents" -> 'voice', 'whatsapp', "consents" -> 'whatsapp')))) END,
  "emails" = CASE WHEN "email" IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('address', "email", 'consents', jsonb_strip_nulls(jsonb_build_object('email', "consents" -> 'email')))) END,
  "contact_points" = array_remove(ARRAY["phone", lower("email")], NULL);
