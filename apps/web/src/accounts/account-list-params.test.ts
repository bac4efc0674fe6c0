import { describe, expect, it } from 'vitest';
import { amountToCents, filterParams, toApiQuery, viewFromParams, viewToParams } from './account-list-params';

describe('the Accounts page address', () => {
  it('reads a shared address back into the same view and the same address', () => {
    const address = 'portfolio=cards&dpd=1-15,16-30&tier=late&balanceMin=10000&status=promise_open&q=dana&sort=balance&order=desc&page=3';
    const view = viewFromParams(new URLSearchParams(address));
    expect(view).toEqual({ portfolio: ['cards'], dpd: ['1-15', '16-30'], tier: ['late'], balanceMin: 10_000, status: ['promise_open'], q: 'dana', sort: 'balance', order: 'desc', page: 3 });
    expect(viewToParams(view).toString()).toBe(new URLSearchParams(address).toString());
    expect(toApiQuery(view)).toMatchObject({ dpd: ['1-15', '16-30'], sort: 'balance', order: 'desc', limit: 50, offset: 100 });
  });

  it('passes only the filter on to "Enroll these", never the order or page', () => {
    const view = viewFromParams(new URLSearchParams('status=dispute&sort=name&page=2'));
    expect(filterParams(view).toString()).toBe('status=dispute');
  });

  it('drops what the API would refuse instead of sending it', () => {
    const view = viewFromParams(new URLSearchParams('dpd=90%2B&status=happy&sort=size&balanceMin=-5&page=0'));
    expect(viewToParams(view).toString()).toBe('');
  });

  it('reads amounts as people type them, in cents', () => {
    expect(amountToCents('1,234.5')).toBe(123_450);
    expect(amountToCents('')).toBeUndefined();
    expect(amountToCents('12.345')).toBeNull();
  });
});
