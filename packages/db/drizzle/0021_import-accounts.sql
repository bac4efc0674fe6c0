CREATE TABLE "account_import_accounts" (
	"import_id" uuid NOT NULL,
	"account_id" text NOT NULL,
	CONSTRAINT "account_import_accounts_import_id_account_id_pk" PRIMARY KEY("import_id","account_id")
);
--> statement-breakpoint
ALTER TABLE "account_import_accounts" ADD CONSTRAINT "account_import_accounts_import_id_account_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."account_imports"("id") ON DELETE cascade ON UPDATE no action;