// Accounts stored before profiles existed: their one phone and email become the primaries of the new
// lists (with the account's consents and line type), and a search by contact point finds them.
import { describe, expect, it } from 'vitest';
import { rowsAfterMigration } from './migrations.test-support';
import { DATABASE_DRIVERS } from '../testing';

const LEGACY_ROWS = `
  insert into accounts (id, name, balance_cents, due_date, phone, email, phone_type, consents) values
    ('P-1', 'Dana', 100, '2026-11-01', '+15555550101', 'Dana@Example.com', 'mobile', '{"sms": true, "email": false}'),
    ('P-2', 'Lee', 100, '2026-11-01', null, null, 'unknown', '{}');
`;

describe.each(DATABASE_DRIVERS)('account profiles: migrating stored accounts [%s]', (driver) => {
  it('lists the stored phone and email as the primaries, and makes them searchable', async () => {
    const rows = await rowsAfterMigration(driver, {
      tag: 'account-profile',
      legacyRows: LEGACY_ROWS,
      query: "select id, phones, emails, contact_points, do_not_contact_at_work, care_flags from accounts where contact_points @> array['+15555550101'] or id = 'P-2' order by id",
    });
    expect(rows).toEqual([
      {
        id: 'P-1',
        phones: [{ number: '+15555550101', type: 'mobile', consents: { sms: true } }],
        emails: [{ address: 'Dana@Example.com', consents: { email: false } }],
        contact_points: ['+15555550101', 'dana@example.com'],
        do_not_contact_at_work: false,
        care_flags: [],
      },
      { id: 'P-2', phones: [], emails: [], contact_points: [], do_not_contact_at_work: false, care_flags: [] },
    ]);
  }, 120_000);
});
