CREATE TABLE "user_portfolios" (
	"user_id" text NOT NULL,
	"portfolio_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_portfolios_user_id_portfolio_id_pk" PRIMARY KEY("user_id","portfolio_id")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "all_portfolios" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "user_portfolios" ADD CONSTRAINT "user_portfolios_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_portfolios_portfolio" ON "user_portfolios" USING btree ("portfolio_id");--> statement-breakpoint
-- People who signed in before memberships existed keep reading every portfolio until an admin narrows it.
UPDATE "users" SET "all_portfolios" = true;
