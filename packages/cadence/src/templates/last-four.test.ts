import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/graph-builder';
import { accountLastFour } from './last-four';
import { renderTemplate } from './render';

describe('account.lastFour', () => {
  it('takes the last four digits of the account number when the portfolio loaded one', () => {
    expect(accountLastFour({ id: 'ACC-1001', attributes: { accountNumber: '4111-2222-3333-4821' } })).toBe('4821');
    expect(accountLastFour({ id: 'ACC-1001', attributes: { accountNumber: 9_876_543 } })).toBe('6543');
  });

  it('falls back to the digits of the id, skipping a letter suffix, without an account number', () => {
    expect(accountLastFour({ id: 'ACC-1001-B', attributes: {} })).toBe('1001');
    expect(accountLastFour({ id: 'ACC-77', attributes: { accountNumber: 'n/a' } })).toBe('77');
  });

  it('shows the last four characters of an id without digits', () => {
    expect(accountLastFour({ id: 'dana-smith', attributes: {} })).toBe('mith');
  });

  it('is what templates see as {{ account.lastFour }}', () => {
    const out = renderTemplate('account ending {{ account.lastFour }}', testAccount({ id: 'ACC-1001', attributes: { accountNumber: '5500 0000 0000 0004' } }), '2026-11-11T00:00:00Z');
    expect(out).toBe('account ending 0004');
  });
});
