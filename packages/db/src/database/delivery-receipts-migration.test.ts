// Receipts stored before receipts were bound to portfolios: each gets the portfolio of the account whose
// attempt has its message; one whose message no attempt has is kept, without a portfolio (it applies to nothing).
import { describe, expect, it } from 'vitest';
import { rowsAfterMigration } from './migrations.test-support';
import { DATABASE_DRIVERS } from '../testing';

const LEGACY_ROWS = `
  insert into accounts (id, name, balance_cents, due_date, portfolio_id) values ('M-1', 'Dana', 100, '2026-11-01', 'cards'), ('M-2', 'Lee', 100, '2026-11-01', 'loans');
  insert into contact_attempts (idempotency_key, account_id, channel, provider, recipient, body, status, provider_message_id) values
    ('a-1', 'M-1', 'sms', 'twilio', '+15555550101', 'hi', 'delivered', 'SM-1'),
    ('a-2', 'M-2', 'email', 'smtp', 'lee@example.com', 'hi', 'sent', '<a-2@kairos.example>');
  insert into delivery_receipts (provider, receipt_key, provider_message_id, status, provider_status, payload, applied_at, advanced_status) values
    ('twilio', 'SM-1:delivered', 'SM-1', 'delivered', 'delivered', '{}', now(), true),
    ('smtp', 'report-7', '<a-2@kairos.example>', 'delivered', 'delivered', '{}', now(), false),
    ('twilio', 'SM-9:delivered', 'SM-9', 'delivered', 'delivered', '{}', null, false);
`;

describe.each(DATABASE_DRIVERS)('delivery receipts keyed by portfolio: migrating stored receipts [%s]', (driver) => {
  it("gives each stored receipt its attempt's portfolio, and keeps one whose attempt is unknown without one", async () => {
    const rows = await rowsAfterMigration(driver, {
      tag: 'receipts-portfolio',
      legacyRows: LEGACY_ROWS,
      query: 'select portfolio_id, provider, receipt_key, applied_at is not null as applied from delivery_receipts order by provider, portfolio_id',
    });
    expect(rows).toEqual([
      { portfolio_id: 'loans', provider: 'smtp', receipt_key: 'report-7', applied: true },
      { portfolio_id: 'cards', provider: 'twilio', receipt_key: 'SM-1:delivered', applied: true },
      { portfolio_id: null, provider: 'twilio', receipt_key: 'SM-9:delivered', applied: false },
    ]);
  }, 120_000);
});
