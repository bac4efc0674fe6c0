import { describe, expect, it } from 'vitest';
import { accountBody, emptyTestAccount, formFieldOf, testAccountProblems } from './test-account-form';

const filled = () => ({
  ...emptyTestAccount({ portfolioId: 'sandbox', today: '2026-12-07', timezone: 'America/Chicago', suffix: 'A1B2' }),
  name: 'Dana Test',
  phone: '+1 (555) 555-0199',
  balance: '1,250.50',
});

describe('the New test account form', () => {
  it('sends the account as the API takes it: cents, a bare E.164 phone, every consent said, the tier as an attribute', () => {
    expect(accountBody({ ...filled(), tier: 'early' })).toEqual({
      name: 'Dana Test',
      phone: '+15555550199',
      balanceCents: 125_050,
      currency: 'USD',
      dueDate: '2026-12-07',
      timezone: 'America/Chicago',
      language: 'en',
      consents: { sms: true, email: true, voice: false, whatsapp: false, push: false, letter: false },
      attributes: { tier: 'early' },
      portfolioId: 'sandbox',
    });
    expect(testAccountProblems(filled())).toEqual({});
  });

  it('puts each problem at its field, saying what to type', () => {
    const problems = testAccountProblems({ ...filled(), id: 'no spaces', name: ' ', balance: '12.345', phone: '555-0199', email: 'not-mail', timezone: 'Mars/Olympus', dueDate: '2026-02-30' });
    expect(problems).toEqual({
      id: expect.stringContaining('TEST-1001'),
      name: expect.stringContaining('name'),
      balance: expect.stringContaining('dollars'),
      phone: expect.stringContaining('E.164'),
      email: expect.any(String),
      timezone: expect.stringContaining('IANA time zone'),
      dueDate: expect.any(String),
    });
  });

  it('asks for a way to reach the account, and for the sandbox to put it in', () => {
    expect(testAccountProblems({ ...filled(), phone: '', email: '', portfolioId: '' })).toEqual({
      phone: expect.stringContaining('phone number or an email'),
      portfolioId: expect.stringContaining('sandbox portfolio'),
    });
  });

  it('finds the form field of an issue the API names by body field', () => {
    expect(formFieldOf('balanceCents')).toBe('balance');
    expect(formFieldOf('attributes.tier')).toBe('tier');
    expect(formFieldOf('consents.sms')).toBe('consents');
    expect(formFieldOf('portfolioId')).toBe('portfolioId');
    expect(formFieldOf('compliance')).toBeUndefined();
  });
});
