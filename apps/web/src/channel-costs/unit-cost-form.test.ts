import { describe, expect, it } from 'vitest';
import { currencyProblem, formFromSettings, majorText, parseCost, problemsFromIssues, sameForm, settingsFromForm, unitCostProblems } from './unit-cost-form';

const usd = { currency: 'USD', unitCostMinor: { sms: 1, email: 0, voice: 5, whatsapp: 2, push: 0, letter: 85 } };

describe('channel costs in major units', () => {
  it('shows minor units as the amount a person types, with the currency’s own decimals', () => {
    expect(majorText(5, 'USD')).toBe('0.05');
    expect(majorText(85, 'EUR')).toBe('0.85');
    expect(majorText(7, 'JPY')).toBe('7');
    expect(majorText(1234, 'BHD')).toBe('1.234');
    expect(formFromSettings(usd).costs).toEqual({ sms: '0.01', email: '0.00', voice: '0.05', whatsapp: '0.02', push: '0.00', letter: '0.85' });
  });

  it('reads what was typed as whole minor units, without floating-point drift', () => {
    expect(parseCost('0.29', 'USD')).toEqual({ minor: 29 });
    expect(parseCost(' 1.1 ', 'USD')).toEqual({ minor: 110 });
    expect(parseCost('.5', 'USD')).toEqual({ minor: 50 });
    expect(parseCost('3', 'USD')).toEqual({ minor: 300 });
    expect(parseCost('12', 'JPY')).toEqual({ minor: 12 });
    expect(parseCost('0.125', 'BHD')).toEqual({ minor: 125 });
  });

  it('says what is wrong with a cost, specifically', () => {
    const problem = (text: string, currency = 'USD') => {
      const r = parseCost(text, currency);
      return 'problem' in r ? r.problem : undefined;
    };
    expect(problem('')).toBe('Enter a cost: 0 if this channel costs nothing.');
    expect(problem('-0.05')).toBe('A cost cannot be negative: enter 0 or more.');
    expect(problem('0,05')).toBe('Use a point for decimals: 0.05.');
    expect(problem('five cents')).toBe('Enter a number, such as 0.05, without the currency sign.');
    expect(problem('$0.05')).toBe('Enter a number, such as 0.05, without the currency sign.');
    expect(problem('1e3')).toBe('Enter a number, such as 0.05, without the currency sign.');
    expect(problem('0.055')).toBe('USD has 2 decimals: round to at most 2 digits after the point, such as 0.05.');
    expect(problem('1.5', 'JPY')).toBe('JPY has no smaller unit: enter whole JPY, such as 5.');
    expect(problem('1000.01')).toBe('At most 1000.00 USD per attempt.');
    expect(problem('1000')).toBeUndefined();
  });

  it('accepts ISO 4217 codes only, and says how a code is written', () => {
    expect(currencyProblem('EUR')).toBeUndefined();
    expect(currencyProblem('eur')).toBeUndefined();
    expect(currencyProblem('')).toBe('Enter the three-letter ISO 4217 code of the currency, such as USD.');
    expect(currencyProblem('US$')).toBe('A currency code is three letters (ISO 4217), such as USD, EUR or GBP.');
    expect(currencyProblem('EURO')).toBe('A currency code is three letters (ISO 4217), such as USD, EUR or GBP.');
    expect(currencyProblem('ABC')).toBe('ABC is not an ISO 4217 currency code: use one such as USD, EUR or GBP.');
  });

  it('checks every field at once and builds the full body from a valid form', () => {
    const form = formFromSettings(usd);
    expect(unitCostProblems(form)).toEqual({});
    const bad = { currency: 'usd', costs: { ...form.costs, sms: '-1', letter: 'x' } };
    expect(Object.keys(unitCostProblems(bad)).sort()).toEqual(['letter', 'sms']);
    const changed = { currency: 'eur', costs: { ...form.costs, sms: '0.07' } };
    expect(settingsFromForm(changed)).toEqual({ currency: 'EUR', unitCostMinor: { ...usd.unitCostMinor, sms: 7 } });
    expect(sameForm(form, formFromSettings(usd))).toBe(true);
    expect(sameForm(form, changed)).toBe(false);
  });

  it('puts the API’s issues at their fields', () => {
    const { fields, other } = problemsFromIssues([
      { field: 'unitCostMinor.sms', message: 'must be whole minor units (cents)' },
      { field: 'currency', message: 'must be an ISO 4217 code such as USD' },
      { field: 'unitCostMinor.fax', message: 'unknown channel' },
    ]);
    expect(fields).toEqual({ sms: 'The server refused it: Must be whole minor units (cents).', currency: 'The server refused it: Must be an ISO 4217 code such as USD.' });
    expect(other).toEqual(['fax: unknown channel']);
  });
});
