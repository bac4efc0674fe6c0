DROP INDEX "delivery_receipts_key";--> statement-breakpoint
ALTER TABLE "delivery_receipts" ADD COLUMN "portfolio_id" text;--> statement-breakpoint
-- A stored receipt belongs to the portfolio of the account whose attempt has its message; unknown ones stay, without a portfolio.
UPDATE "delivery_receipts" SET "portfolio_id" = "accounts"."portfolio_id" FROM "contact_attempts", "accounts" WHERE "contact_attempts"."provider_message_id" = "delivery_receipts"."provider_message_id" AND "accounts"."id" = "contact_attempts"."account_id";--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_receipts_key" ON "delivery_receipts" USING btree ("portfolio_id","provider","receipt_key");