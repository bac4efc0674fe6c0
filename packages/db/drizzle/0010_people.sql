CREATE TABLE "password_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"token_hash" text NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"user_id" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_reason" text,
	CONSTRAINT "password_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "created_via" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_reset_by" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deactivated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "password_links" ADD CONSTRAINT "password_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "password_links_one_open" ON "password_links" USING btree ("kind","email") WHERE "password_links"."closed_at" is null;--> statement-breakpoint
-- Accounts made before this was recorded: their creator is in the audit log, so the approval rule holds for them too.
UPDATE "users" SET "created_by" = "audit_log"."actor_id", "created_via" = 'password' FROM "audit_log" WHERE "audit_log"."action" = 'user_created' AND "audit_log"."subject_user_id" = "users"."id";
