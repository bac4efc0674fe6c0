import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAccountsFile, type FileItem } from './read-file';
import { suggestMapping, importMappingSchema } from './mapping';

const LEDGER = new URL('./fixtures/ledger-export.csv', import.meta.url);

async function readAll(source: Parameters<typeof readAccountsFile>[0], mappingFor: Parameters<typeof readAccountsFile>[1]) {
  const items: FileItem[] = [];
  for await (const item of readAccountsFile(source, mappingFor)) items.push(item);
  return items;
}

describe('a ledger export from another system', () => {
  it('imports through the suggested mapping alone: good rows as accounts, broken rows with every problem by row and column', async () => {
    let suggested;
    const items = await readAll(createReadStream(LEDGER), (header, sample) => (suggested = suggestMapping(header, sample)));
    expect(suggested!.columns).toMatchObject({ 'Acct No': { field: 'id' }, 'Due Dt': { format: 'MM/DD/YYYY' }, Cell: { field: 'phone.mobile' }, 'Home Phone': { field: 'phone.landline' }, 'SMS Opt In': { field: 'consent.sms' } });
    expect(items[0]).toMatchObject({ kind: 'header', problems: [] });
    const rows = items.filter((i) => i.kind === 'row');
    expect(rows.map((r) => [r.row, r.ok])).toEqual([[2, true], [3, true], [4, false], [5, false], [6, false], [7, false], [8, true]]);

    const dana = rows[0]!.ok ? rows[0]!.account : undefined;
    expect(dana).toMatchObject({
      id: 'L-1001',
      name: 'Dana Whitfield',
      balanceCents: 123456,
      currency: 'USD',
      dueDate: '2026-03-31',
      timezone: 'America/New_York',
      phone: '+12125550101',
      phones: [{ number: '+12125550101', type: 'mobile', consents: { sms: true } }, { number: '+12125550151', type: 'landline', consents: {} }],
      consents: { sms: true },
      address: { line1: '12 Elm St', city: 'New York', state: 'NY', postalCode: '10001', country: 'US' },
      attributes: { tier: 'gold' },
      debtFlags: { timeBarred: false, medical: false },
    });
    const pat = rows[6]!.ok ? rows[6]!.account : undefined;
    expect(pat).toMatchObject({ name: "O'Neil, Pat", phone: '+12125550157', phones: [{ type: 'landline' }], address: { line1: '4 Main St, Apt 2', postalCode: '97201-1234' }, consents: {} });

    const problems = rows.flatMap((r) => (r.ok ? [] : r.problems));
    expect(problems).toEqual([
      { row: 4, column: 'Due Dt', message: 'is not a real calendar date (read as MM/DD/YYYY)' },
      { row: 5, column: 'Debtor Name', message: 'is empty: name (Full name) is required' },
      { row: 6, column: 'Balance Due', message: expect.stringContaining('negative') },
      { row: 6, column: 'Cell', message: expect.stringContaining('not a valid phone number for US') },
      { row: 6, column: 'Time Zone', message: expect.stringContaining('America/New_York') },
      { row: 6, column: 'SMS Opt In', message: 'must be yes or no (Y/N, true/false, 1/0)' },
      { row: 7, column: 'Balance Due', message: 'has 3 decimals; USD amounts have at most 2' },
      { row: 7, column: 'Due Dt', message: expect.stringContaining('four digits') },
      { row: 7, column: 'ZIP', message: 'must be a US ZIP code such as 10001 or 10001-1234' },
    ]);
  });

  it('imports the fixed rows once the user corrects them', async () => {
    const fixed = 'Acct No,Debtor Name,Balance Due,Due Dt\nL-1003,Maria Lopez,"12,000.00",02/28/2026\nL-1006,Ann Kim,"3,500.50",06/01/2026\n';
    const items = await readAll([fixed], (header, sample) => suggestMapping(header, sample));
    expect(items.filter((i) => i.kind === 'row').map((r) => r.ok && [r.account.id, r.account.balanceCents, r.account.dueDate])).toEqual([
      ['L-1003', 1200000, '2026-02-28'],
      ['L-1006', 350050, '2026-06-01'],
    ]);
  });

  it('reads no row when the mapping does not fit the header, and says why', async () => {
    const mapping = importMappingSchema.parse({ columns: { 'Acct No': { field: 'id' } } });
    const items = await readAll(createReadStream(LEDGER), () => mapping);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'header', problems: [{ column: null, message: expect.stringContaining('no column is mapped to name') }, {}, {}] });
  });
});

describe('a file that is not what it should be', () => {
  const mapping = importMappingSchema.parse({ columns: { id: { field: 'id' }, name: { field: 'name' }, balance: { field: 'balance' }, due: { field: 'dueDate' } } });

  it('reports a row with more cells than the header, and an empty file', async () => {
    const items = await readAll(['id,name,balance,due\nA,Al,1,2026-01-01,extra\n'], () => mapping);
    expect(items[1]).toMatchObject({ ok: false, problems: [{ row: 2, column: null, message: 'has 5 cells but the header has 4: quote values that contain commas' }] });
    expect(await readAll([''], () => mapping)).toEqual([{ kind: 'header', header: [], problems: [{ column: null, message: expect.stringContaining('the file is empty') }] }]);
  });

  it('names a repeated header, and stops at an unclosed quote with its row', async () => {
    const twice = await readAll(['id,name,name,balance,due\n'], () => mapping);
    expect(twice[0]).toMatchObject({ problems: [{ column: 'name', message: expect.stringContaining('twice') }] });
    await expect(readAll(['id,name,balance,due\nA,"Al,1,2026-01-01\n'], () => mapping)).rejects.toThrow(/never closed/);
  });

  it('reads a byte-order mark and CRLF line ends as a spreadsheet writes them, in chunks split anywhere', async () => {
    const text = '\uFEFFid,name,balance,due\r\nA,"Al ""Big"" Smith",10.00,2026-01-01\r\n';
    const bytes = new TextEncoder().encode(text);
    const chunks = [bytes.slice(0, 7), bytes.slice(7, 30), bytes.slice(30)];
    const items = await readAll(chunks, () => mapping);
    expect(items[1]).toMatchObject({ ok: true, account: { id: 'A', name: 'Al "Big" Smith', balanceCents: 1000 } });
  });
});
