import { describe, expect, it } from 'vitest';
import { adaptMapping, importMappingSchema, mappingProblems, suggestMapping } from './mapping';

describe('a suggested mapping', () => {
  it("places a ledger's headers by their synonyms and reads the formats off the first values", () => {
    const header = ['Acct No', 'Debtor Name', 'Balance Due', 'Due Dt', 'Cell', 'ZIP', 'Notes'];
    const mapping = suggestMapping(header, [['A-1', 'Dana', '1,234.56', '03/31/2026', '212-555-0101', '10001', 'x']]);
    expect(mapping.columns).toEqual({
      'Acct No': { field: 'id' },
      'Debtor Name': { field: 'name' },
      'Balance Due': { field: 'balance', format: 'decimal' },
      'Due Dt': { field: 'dueDate', format: 'MM/DD/YYYY' },
      Cell: { field: 'phone.mobile' },
      ZIP: { field: 'address.postalCode' },
    });
    expect(mappingProblems(mapping, header)).toEqual([]);
  });

  it('reads day-first dates, comma decimals, cents columns and attributes', () => {
    const header = ['Account Number', 'Name', 'Amount Due', 'Balance Cents', 'Due Date', 'Tier', 'Risk Score'];
    const mapping = suggestMapping(header, [['1', 'A', '1.234,56', '123456', '25/12/2026', 'gold', '640']]);
    expect(mapping.columns['Amount Due']).toEqual({ field: 'balance', format: 'decimal-comma' });
    // One field, one column: the second balance column is left for the user to choose.
    expect(mapping.columns['Balance Cents']).toBeUndefined();
    expect(mapping.columns['Due Date']).toEqual({ field: 'dueDate', format: 'DD/MM/YYYY' });
    expect(mapping.columns['Tier']).toEqual({ field: 'attributes.tier' });
    expect(mapping.columns['Risk Score']).toEqual({ field: 'attributes.riskScore' });
    expect(suggestMapping(['Balance (cents)'], [['100']]).columns['Balance (cents)']).toEqual({ field: 'balance', format: 'minor-units' });
  });
});

describe('a mapping', () => {
  it('names each required field no column fills, and each mapped column the file lacks', () => {
    const mapping = importMappingSchema.parse({ columns: { Acct: { field: 'id' }, Gone: { field: 'name' } } });
    expect(mappingProblems(mapping, ['Acct', 'Other'])).toEqual([
      { column: 'Gone', message: 'the file has no column "Gone": remove it from the mapping or check the header row' },
      { column: null, message: 'no column is mapped to balance (Balance): choose the column that holds it' },
      { column: null, message: 'no column is mapped to dueDate (Due date): choose the column that holds it' },
    ]);
    const byParts = importMappingSchema.parse({ columns: { A: { field: 'id' }, F: { field: 'firstName' }, L: { field: 'lastName' }, B: { field: 'balance' }, D: { field: 'dueDate' } } });
    expect(mappingProblems(byParts, ['A', 'F', 'L', 'B', 'D'])).toEqual([]);
  });

  it('refuses unknown fields, a format its field does not take, and one field from two columns', () => {
    const bad = importMappingSchema.safeParse({
      columns: { A: { field: 'balanceDue' }, B: { field: 'dueDate', format: 'DD.MM.YY' }, C: { field: 'id', format: 'decimal' }, D: { field: 'name' }, E: { field: 'name' } },
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['columns.A.field', expect.stringContaining('must be an account field')],
      ['columns.B.format', 'must be one of YYYY-MM-DD, MM/DD/YYYY, DD/MM/YYYY'],
      ['columns.C.format', 'field id takes no format: leave it out'],
      ['columns.E.field', 'name is already filled by column "D": map it from one column only'],
    ]);
    expect(importMappingSchema.safeParse({ columns: { T: { field: 'attributes.tier', format: 'number' } } }).success).toBe(true);
  });

  it('saved for a portfolio, keeps its choices for a next file and suggests its new columns', () => {
    const saved = importMappingSchema.parse({ columns: { Ref: { field: 'id' }, Old: { field: 'name' }, Owed: { field: 'balance', format: 'minor-units' } }, defaultCountry: 'CA' });
    const next = adaptMapping(saved, ['Ref', 'Owed', 'Due Dt', 'Debtor Name'], [['1', '100', '2026-01-02', 'A']]);
    expect(next).toEqual({
      columns: { Ref: { field: 'id' }, Owed: { field: 'balance', format: 'minor-units' }, 'Due Dt': { field: 'dueDate', format: 'YYYY-MM-DD' }, 'Debtor Name': { field: 'name' } },
      defaultCountry: 'CA',
      currency: 'USD',
    });
  });
});
