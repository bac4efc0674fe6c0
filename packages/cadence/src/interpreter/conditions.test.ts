import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/graph-builder';
import { accountView, conditionsHold } from './conditions';
import type { Condition } from './ir';

const view = accountView(
  testAccount({ balanceCents: 80_000, consents: { sms: true }, attributes: { tier: 'gold', riskScore: 0.8, segment: null } }),
  '2026-11-20T15:00:00Z',
);
const holds = (...c: Condition[]) => conditionsHold(c, view);

describe('branch conditions on the account view', () => {
  it('computes days past due for the moment asked', () => {
    expect(view.dpd).toBe(19);
    expect(holds({ field: 'dpd', operator: 'gte', value: 16 }, { field: 'dpd', operator: 'lte', value: 30 })).toBe(true);
  });

  it('compares numbers and refuses to compare a number with text', () => {
    expect(holds({ field: 'balanceCents', operator: 'gt', value: 79_999 })).toBe(true);
    expect(holds({ field: 'balanceCents', operator: 'lt', value: 80_000 })).toBe(false);
    expect(holds({ field: 'attributes.tier', operator: 'gt', value: 1 })).toBe(false);
  });

  it('tests equality, lists and presence', () => {
    expect(holds({ field: 'attributes.tier', operator: 'eq', value: 'gold' })).toBe(true);
    expect(holds({ field: 'attributes.tier', operator: 'neq', value: 'gold' })).toBe(false);
    expect(holds({ field: 'attributes.tier', operator: 'in', value: ['silver', 'gold'] })).toBe(true);
    expect(holds({ field: 'language', operator: 'notIn', value: ['es', 'fr'] })).toBe(true);
    expect(holds({ field: 'attributes.segment', operator: 'exists' })).toBe(false);
    expect(holds({ field: 'attributes.riskScore', operator: 'exists' })).toBe(true);
  });

  it('reads consents; a channel never consented to is absent, not true', () => {
    expect(holds({ field: 'consents.sms', operator: 'eq', value: true })).toBe(true);
    expect(holds({ field: 'consents.voice', operator: 'eq', value: true })).toBe(false);
    expect(holds({ field: 'consents.voice', operator: 'exists' })).toBe(false);
  });

  it('holds for an empty list of conditions and needs every condition otherwise', () => {
    expect(holds()).toBe(true);
    expect(holds({ field: 'dpd', operator: 'gt', value: 0 }, { field: 'hasEmail', operator: 'eq', value: false })).toBe(false);
  });
});
