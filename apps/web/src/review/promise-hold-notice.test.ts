import { describe, expect, it } from 'vitest';
import { promiseHoldText } from './promise-hold-notice';

const book = (name: string, hold: boolean) => ({ portfolioId: name.toLowerCase(), name, holdContactWhilePromiseOpen: hold });

describe('the promise hold notice', () => {
  it('says reminders hold when every portfolio read holds them', () => {
    expect(promiseHoldText([book('Cards', true), book('Loans', true)])).toMatch(/^Reminders hold while a promise to pay is open \(portfolio policy\)/);
  });

  it('names the portfolios that do not hold when they differ', () => {
    expect(promiseHoldText([book('Cards', true), book('Loans', false)])).toBe(
      'Reminders hold while a promise to pay is open (portfolio policy) for Cards; not for Loans.',
    );
  });

  it('says reminders do not hold when no portfolio holds them, and nothing without portfolios', () => {
    expect(promiseHoldText([book('Cards', false)])).toMatch(/^Reminders do not hold/);
    expect(promiseHoldText([])).toBeNull();
  });
});
