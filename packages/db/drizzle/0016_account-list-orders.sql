CREATE INDEX "accounts_list_balance" ON "accounts" USING btree ("balance_cents","id");--> statement-breakpoint
CREATE INDEX "accounts_list_due" ON "accounts" USING btree ("due_date","id");--> statement-breakpoint
CREATE INDEX "accounts_list_name" ON "accounts" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "accounts_list_updated" ON "accounts" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "accounts_list_totals" ON "accounts" USING btree ("portfolio_id","currency","balance_cents");