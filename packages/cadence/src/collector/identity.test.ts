import { describe, expect, it } from 'vitest';
import { DEMO_COLLECTOR_IDENTITY } from './demo-identity';
import { collectorIdentitySchema, licenceFor, phoneForReading, readCollectorIdentity, type CollectorIdentityInput } from './identity';

const valid: CollectorIdentityInput = {
  legalName: 'Acme Recoveries Holdings LLC',
  displayName: 'Acme Recoveries',
  phone: '+13125550199',
  mailingAddress: { line1: '12 Lake Street', city: 'Chicago', state: 'IL', postalCode: '60601' },
  hours: 'Mon–Fri 9–5 CT',
  website: 'https://acme-recoveries.test',
  licences: [{ state: 'NY', number: '2091234-DCA' }],
};

const issuesOf = (input: unknown) => {
  const r = collectorIdentitySchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the collector identity', () => {
  it('accepts a complete identity and the demo one', () => {
    expect(issuesOf(valid)).toEqual([]);
    expect(issuesOf(DEMO_COLLECTOR_IDENTITY)).toEqual([]);
  });

  it('names each field that is wrong and how to put it right', () => {
    const issues = issuesOf({
      ...valid,
      legalName: '  ',
      phone: '312 555 0199',
      mailingAddress: { line1: '12 Lake Street', city: 'Chicago', state: 'Illinois', postalCode: '6060' },
      website: 'http://acme-recoveries.test',
      licences: [{ state: 'NY', number: '1' }, { state: 'NY', number: '2' }],
    });
    expect(issues).toEqual([
      'legalName: give the legal name of the collecting company',
      'phone: must be an E.164 phone number such as +12125550100',
      'mailingAddress.state: must be a US state code such as NY or CA',
      'mailingAddress.postalCode: must be a ZIP code such as 10001 or 10001-1234',
      'website: must be an https:// address such as https://acme-recoveries.com',
      'licences: give one licence per state',
    ]);
  });

  it('keeps each text on one line, since messages and pages show it inline', () => {
    expect(issuesOf({ ...valid, displayName: 'Acme\nRecoveries' })).toEqual(['displayName: one line of text, without line breaks']);
  });

  it('says what is missing from a stored identity instead of sending without it', () => {
    expect(readCollectorIdentity(undefined)).toEqual({ problem: expect.stringMatching(/^has no collector identity \(legal name, name in messages, phone/) });
    const { hours: _dropped, ...noHours } = valid;
    expect(readCollectorIdentity(noHours)).toEqual({ problem: expect.stringMatching(/^has an incomplete collector identity \(hours: /) });
    expect(readCollectorIdentity(valid)).toEqual({ identity: { ...valid } });
  });

  it("picks the licence of the consumer's state, whatever its case, and none elsewhere", () => {
    expect(licenceFor(DEMO_COLLECTOR_IDENTITY, ' ca ')).toBe('CA license no. DEMO-CA-0000002');
    expect(licenceFor(DEMO_COLLECTOR_IDENTITY, 'TX')).toBeUndefined();
    expect(licenceFor(DEMO_COLLECTOR_IDENTITY, undefined)).toBeUndefined();
  });

  it('writes North American numbers as people read them and leaves others in E.164', () => {
    expect(phoneForReading('+12125550142')).toBe('(212) 555-0142');
    expect(phoneForReading('+442071838750')).toBe('+442071838750');
  });
});
