CREATE TABLE "account_import_problems" (
	"import_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"n" integer NOT NULL,
	"column" text,
	"message" text NOT NULL,
	CONSTRAINT "account_import_problems_import_id_row_n_pk" PRIMARY KEY("import_id","row","n")
);
--> statement-breakpoint
CREATE TABLE "account_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"portfolio_id" text NOT NULL,
	"file_name" text NOT NULL,
	"content" text,
	"mapping" jsonb NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"rows_done" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"failure_reason" text,
	"cancel_requested" boolean DEFAULT false NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"run_started_at" timestamp with time zone,
	"run_start_row" integer DEFAULT 0 NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "account_imports_seq_unique" UNIQUE("seq")
);
--> statement-breakpoint
CREATE TABLE "import_mappings" (
	"portfolio_id" text PRIMARY KEY NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_import_problems" ADD CONSTRAINT "account_import_problems_import_id_account_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."account_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_imports_portfolio_idx" ON "account_imports" USING btree ("portfolio_id","seq");