import { describe, expect, it } from 'vitest';
import { accountFilterSchema, toAccountFilter } from './account-filter-schema';

describe('the account filter as callers send it', () => {
  it('reads repeated and comma-separated lists and cents', () => {
    const q = accountFilterSchema.parse({ dpd: ['1-15', '16-30'], tier: 'early,late', balanceMin: '100', status: 'paid', q: 'dana' });
    expect(toAccountFilter(q)).toEqual({ dpdBuckets: ['1-15', '16-30'], tiers: ['early', 'late'], balanceMinCents: 100, statuses: ['paid'], search: 'dana' });
  });

  it('refuses an unknown bucket, an unknown parameter and an upside-down balance range, naming each', () => {
    const bad = accountFilterSchema.safeParse({ dpd: '90+', teir: 'early' });
    expect(bad.error?.issues.map((i) => i.path.join('.') || i.code)).toEqual(expect.arrayContaining(['dpd.0', 'unrecognized_keys']));
    expect(accountFilterSchema.safeParse({ balanceMin: '500', balanceMax: '100' }).error?.issues[0]?.path).toEqual(['balanceMax']);
  });
});
