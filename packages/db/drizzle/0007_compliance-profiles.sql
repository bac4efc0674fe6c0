ALTER TABLE "accounts" ALTER COLUMN "compliance_profile" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "accounts" ALTER COLUMN "compliance_profile" DROP NOT NULL;--> statement-breakpoint
-- Until now every account carried a profile, mostly the column default: those follow their portfolio from now on.
UPDATE "accounts" SET "compliance_profile" = NULL WHERE "compliance_profile" = 'us-reg-f';
