// Events stored before account events were keyed by portfolio keep their meaning after the migration:
// each gets the portfolio that signed it (the generic webhook named it in its source), else its account's.
import { describe, expect, it } from 'vitest';
import { rowsAfterMigration } from './migrations.test-support';
import { DATABASE_DRIVERS } from '../testing';

const LEGACY_ROWS = `
  insert into accounts (id, name, balance_cents, due_date, portfolio_id) values ('M-1', 'Dana', 100, '2026-11-01', 'cards'), ('M-2', 'Lee', 100, '2026-11-01', 'loans');
  insert into account_events (source, event_id, account_id, type, payload, occurred_at) values
    ('payments:cards', 'tx-1', 'M-1', 'payment', '{}', now()),
    ('payments:loans', 'tx-1', 'M-1', 'payment', '{}', now()),
    ('stripe', 'pi_1', 'M-2', 'payment', '{}', now()),
    ('api', 'p-1', 'M-1', 'promise', '{}', now());
`;

describe.each(DATABASE_DRIVERS)('account events keyed by portfolio: migrating stored events [%s]', (driver) => {
  it('gives each stored event the portfolio that signed it, else its account\'s, and keeps every event', async () => {
    const rows = await rowsAfterMigration(driver, {
      tag: 'webhook-portfolios',
      legacyRows: LEGACY_ROWS,
      query: 'select portfolio_id, source, event_id from account_events order by event_id, portfolio_id',
    });
    expect(rows).toEqual([
      { portfolio_id: 'cards', source: 'api', event_id: 'p-1' },
      { portfolio_id: 'loans', source: 'stripe', event_id: 'pi_1' },
      // The same id signed by two portfolios' secrets was two facts, and stays two.
      { portfolio_id: 'cards', source: 'payments', event_id: 'tx-1' },
      { portfolio_id: 'loans', source: 'payments', event_id: 'tx-1' },
    ]);
  }, 120_000);
});
