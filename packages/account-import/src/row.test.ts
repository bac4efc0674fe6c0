import { describe, expect, it } from 'vitest';
import { importMappingSchema } from './mapping';
import { asStored, prepareMapping, readAccountRow } from './row';

const read = (columns: Record<string, { field: string; format?: string }>, cells: string[], options: { defaultCountry?: string; currency?: string } = {}) => {
  const header = Object.keys(columns);
  return readAccountRow(prepareMapping(importMappingSchema.parse({ columns, ...options }), header), cells, 2);
};
const base = { Id: { field: 'id' }, Balance: { field: 'balance' }, Due: { field: 'dueDate' } };

describe('a row read into an account', () => {
  it('fills every profile field a column is mapped to', () => {
    const result = read(
      {
        ...base, First: { field: 'firstName' }, Last: { field: 'lastName' }, Ccy: { field: 'currency' }, Work: { field: 'phone.work' }, Home: { field: 'phone.landline' },
        Email: { field: 'email' }, Email2: { field: 'email2' }, 'Email OK': { field: 'consent.email' }, Consumer: { field: 'consumerId' }, Spouse: { field: 'spouse.name' },
        'Spouse Phone': { field: 'spouse.phone' }, 'No Work': { field: 'doNotContactAtWork' }, Esign: { field: 'esignConsentAt', format: 'DD/MM/YYYY' },
        SOL: { field: 'debtFlags.timeBarred' }, Hardship: { field: 'careFlags.hardship' }, Score: { field: 'attributes.riskScore', format: 'number' }, Lang: { field: 'language' },
      },
      ['A-1', '1,500', '2026-04-01', 'Kenji', 'Sato', 'jpy', '020 7946 0958', '020 7946 0959', 'k@example.com', 'k2@example.com', 'yes', 'P-9', 'Yui Sato', '020 7946 0960', 'Y', '15/01/2026', 'Y', 'Y', '1,640', 'JA'],
      { defaultCountry: 'GB' },
    );
    expect(result).toEqual({
      row: 2,
      ok: true,
      account: expect.objectContaining({
        id: 'A-1', name: 'Kenji Sato', currency: 'JPY', balanceCents: 1500, language: 'ja', consumerId: 'P-9',
        // A landline is preferred to a work line as the number Kairos calls.
        phone: '+442079460959',
        phones: [{ number: '+442079460959', type: 'landline', consents: {} }, { number: '+442079460958', type: 'work', consents: {} }],
        email: 'k@example.com',
        emails: [{ address: 'k@example.com', consents: { email: true } }, { address: 'k2@example.com', consents: {} }],
        consents: { email: true },
        spouse: { name: 'Yui Sato', phone: '+442079460960' },
        doNotContactAtWork: true,
        esignConsentAt: '2026-01-15T00:00:00Z',
        debtFlags: { timeBarred: true, medical: false },
        careFlags: [{ kind: 'hardship' }],
        attributes: { riskScore: 1640 },
      }),
    });
  });

  it('leaves empty cells out, so the defaults of a stored account apply', () => {
    const result = read({ ...base, Name: { field: 'name' }, Zone: { field: 'timezone' }, Cell: { field: 'phone.mobile' } }, ['A-2', '10', '2026-04-01', 'Al', ' ', '']);
    expect(result.ok && result.account).toMatchObject({ timezone: 'UTC', language: 'en', consents: {}, attributes: {} });
    expect(result.ok && asStored(result.account)).toMatchObject({ phones: [], emails: [] });
  });

  it('reports an address missing its city on the city column, and a bad email on its column', () => {
    const result = read({ ...base, Name: { field: 'name' }, City: { field: 'address.city' }, State: { field: 'address.state' }, Zip: { field: 'address.postalCode' }, Mail: { field: 'email' } }, ['A-3', '10', '2026-04-01', 'Al', '', 'tx', '78701', 'al@']);
    expect(result).toEqual({
      row: 2,
      ok: false,
      problems: [
        { row: 2, column: 'City', message: 'is empty: address.city (City) is required' },
        { row: 2, column: 'Mail', message: expect.stringMatching(/email/i) },
      ],
    });
  });
});
