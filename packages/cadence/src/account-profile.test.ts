import { describe, expect, it } from 'vitest';
import { accountSnapshotSchema } from './account';
import { contactPointsOf, stampCareFlags, withContactPoints } from './account-profile';

const base = { id: 'A-1', name: 'Dana Smith', balanceCents: 4_000, dueDate: '2026-03-01' };

describe('the account profile', () => {
  it('keeps the primary phone among the phones, with the account-level consents and line type', () => {
    const a = withContactPoints({ phone: '+15551230001', consents: { sms: true, voice: false }, compliance: { phoneType: 'mobile' as const }, phones: [{ number: '+15551230002', type: 'work' as const, consents: {} }] });
    expect(a.phones).toEqual([
      { number: '+15551230001', type: 'mobile', consents: { sms: true, voice: false } },
      { number: '+15551230002', type: 'work', consents: {} },
    ]);
  });

  it('takes the primary phone from the list when only the list is given: the first mobile number', () => {
    const a = withContactPoints({ consents: {}, phones: [{ number: '+15551230002', type: 'landline' as const, consents: {} }, { number: '+15551230003', type: 'mobile' as const, consents: {} }], emails: [{ address: 'dana@example.com', consents: {} }] });
    expect(a.phone).toBe('+15551230003');
    expect(a.email).toBe('dana@example.com');
  });

  it('does not list the primary email twice when it differs only in case; search points are lower-cased', () => {
    const a = withContactPoints({ email: 'Dana@Example.com', consents: { email: true }, emails: [{ address: 'dana@example.com', consents: {} }] });
    expect(a.emails).toHaveLength(1);
    expect(contactPointsOf(a)).toEqual(['dana@example.com']);
  });

  it('stamps new care flags with their writer and keeps the stamp of a flag sent again unchanged', () => {
    const existing = [{ kind: 'hardship' as const, note: 'lost job', setBy: 'user:u1', setAt: '2026-01-01T00:00:00.000Z' }];
    const stamped = stampCareFlags([{ kind: 'hardship', note: 'lost job' }, { kind: 'vulnerability' }], existing, 'import:b7', '2026-02-01T00:00:00.000Z');
    expect(stamped).toEqual([existing[0], { kind: 'vulnerability', setBy: 'import:b7', setAt: '2026-02-01T00:00:00.000Z' }]);
    expect(stampCareFlags([{ kind: 'hardship', note: 'reduced hours' }], existing, 'user:u2', '2026-03-01T00:00:00.000Z')[0]).toMatchObject({ setBy: 'user:u2' });
  });

  it('refuses a US address without a real ZIP code, a phone of unknown type and unknown profile fields', () => {
    const bad = accountSnapshotSchema.safeParse({
      ...base,
      address: { city: 'Austin', state: 'TX', postalCode: '7870' },
      phones: [{ number: '+15551230001', type: 'satellite' }],
      debtFlags: { timeBarred: true, bankrupt: true },
    });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['address.postalCode', 'phones.0.type', 'debtFlags']));
    const ok = accountSnapshotSchema.parse({ ...base, address: { city: 'Austin', state: 'TX', postalCode: '78701' }, debtFlags: { medical: true } });
    expect(ok.address).toEqual({ city: 'Austin', state: 'TX', postalCode: '78701', country: 'US' });
    expect(ok.debtFlags).toEqual({ timeBarred: false, medical: true });
  });
});
