CREATE TABLE "compliance_profiles" (
	"id" text PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ALTER COLUMN "compliance_profile" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "accounts" ALTER COLUMN "compliance_profile" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "call_consent_at" timestamp with time zone;--> statement-breakpoint
-- Until now every account carried a profile, mostly the column default: those follow their portfolio from now on.
UPDATE "accounts" SET "compliance_profile" = NULL WHERE "compliance_profile" = 'us-reg-f';
