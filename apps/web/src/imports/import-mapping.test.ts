import { describe, expect, it } from 'vitest';
import { assignColumn, chooseFormat, fieldChoices, formatChoices, type ImportMapping } from './import-mapping';

const ledger: ImportMapping = {
  columns: {
    'Acct No': { field: 'id' },
    'Balance Due': { field: 'balance', format: 'decimal' },
    'Due Dt': { field: 'dueDate', format: 'MM/DD/YYYY' },
    Tier: { field: 'attributes.tier', format: 'text' },
  },
  defaultCountry: 'US',
  currency: 'USD',
};

describe('the mapping table', () => {
  it('offers every account field, the common attributes and an attribute the mapping already names', () => {
    const ids = fieldChoices({ ...ledger, columns: { ...ledger.columns, Score: { field: 'attributes.bureauScore' } } }).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['id', 'name', 'balance', 'dueDate', 'phone.mobile', 'address.postalCode', 'attributes.tier', 'attributes.riskScore', 'attributes.bureauScore']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('offers the formats of amounts and dates, and none for a field read one way', () => {
    expect(formatChoices('balance')).toContain('decimal-comma');
    expect(formatChoices('dueDate')).toContain('DD/MM/YYYY');
    expect(formatChoices('phone.mobile')).toEqual([]);
  });

  it('moves a field to the column chosen for it, leaving out the column that filled it before', () => {
    const next = assignColumn(ledger, 'Tier', 'id');
    expect(next.columns.Tier).toEqual({ field: 'id' });
    expect(next.columns['Acct No']).toBeUndefined();
    expect(next.columns['Due Dt']).toEqual(ledger.columns['Due Dt']);
  });

  it('gives a column the default format of its new field, and keeps a format the new field also takes', () => {
    expect(assignColumn(ledger, 'Acct No', 'esignConsentAt').columns['Acct No']).toEqual({ field: 'esignConsentAt', format: 'YYYY-MM-DD' });
    expect(assignColumn(ledger, 'Due Dt', 'esignConsentAt').columns['Due Dt']).toEqual({ field: 'esignConsentAt', format: 'MM/DD/YYYY' });
    expect(assignColumn(ledger, 'Balance Due', 'name').columns['Balance Due']).toEqual({ field: 'name' });
  });

  it('leaves a column out when "Not imported" is chosen, and keeps the phone country and currency', () => {
    const next = assignColumn({ ...ledger, defaultCountry: 'MX' }, 'Tier', '');
    expect(Object.keys(next.columns)).toEqual(['Acct No', 'Balance Due', 'Due Dt']);
    expect(next).toMatchObject({ defaultCountry: 'MX', currency: 'USD' });
  });

  it("changes a column's format only to one its field takes", () => {
    expect(chooseFormat(ledger, 'Due Dt', 'DD/MM/YYYY').columns['Due Dt']).toEqual({ field: 'dueDate', format: 'DD/MM/YYYY' });
    expect(chooseFormat(ledger, 'Due Dt', 'decimal')).toBe(ledger);
    expect(chooseFormat(ledger, 'Nowhere', 'decimal')).toBe(ledger);
  });
});
