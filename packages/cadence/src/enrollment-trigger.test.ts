import { describe, expect, it } from 'vitest';
import { triggerDecision } from './enrollment-trigger';
import { testAccount } from './testing/graph-builder';

const account = testAccount({ dueDate: '2026-11-01', balanceCents: 40_000, attributes: { tier: 2 } });

describe('automatic enrollment rules', () => {
  it('enrolls when DPD reaches N, once per due date', () => {
    expect(triggerDecision({ type: 'dpd', days: 16 }, account, '2026-11-16T15:00:00Z')).toEqual({ enroll: false, reason: 'DPD is 15, the cadence starts at 16' });
    expect(triggerDecision({ type: 'dpd', days: 16 }, account, '2026-11-17T15:00:00Z')).toEqual({ enroll: true, cycleKey: 'due:2026-11-01' });
  });

  it('enrolls N days before the due date, and not once it has passed', () => {
    expect(triggerDecision({ type: 'preDue', days: 5 }, account, '2026-10-25T15:00:00Z')).toMatchObject({ enroll: false });
    expect(triggerDecision({ type: 'preDue', days: 5 }, account, '2026-10-27T15:00:00Z')).toEqual({ enroll: true, cycleKey: 'due:2026-11-01' });
    expect(triggerDecision({ type: 'preDue', days: 5 }, account, '2026-11-01T15:00:00Z')).toEqual({ enroll: false, reason: 'the due date has passed' });
  });

  it('enrolls accounts in a segment once', () => {
    expect(triggerDecision({ type: 'segment', when: [{ field: 'attributes.tier', operator: 'eq', value: 2 }] }, account, '2026-11-10T00:00:00Z')).toEqual({
      enroll: true,
      cycleKey: 'segment',
    });
    expect(triggerDecision({ type: 'segment', when: [{ field: 'attributes.tier', operator: 'eq', value: 1 }] }, account, '2026-11-10T00:00:00Z')).toMatchObject({
      enroll: false,
    });
  });

  it('never enrolls an account that owes nothing', () => {
    expect(triggerDecision({ type: 'dpd', days: 1 }, { ...account, balanceCents: 0 }, '2026-12-01T00:00:00Z')).toEqual({ enroll: false, reason: 'nothing is owed' });
  });

  it('enrolls only accounts of the portfolios the rule names; a rule drawn before rules named any enrolls the default portfolio', () => {
    const at = '2026-11-17T15:00:00Z';
    const loans = { ...account, portfolioId: 'loans' };
    expect(triggerDecision({ type: 'dpd', days: 16, portfolios: ['cards'] }, loans, at)).toEqual({ enroll: false, reason: 'portfolio "loans" is not one the rule applies to' });
    expect(triggerDecision({ type: 'dpd', days: 16, portfolios: ['cards', 'loans'] }, loans, at)).toMatchObject({ enroll: true });
    expect(triggerDecision({ type: 'dpd', days: 16 }, loans, at)).toMatchObject({ enroll: false });
    expect(triggerDecision({ type: 'dpd', days: 16 }, account, at)).toMatchObject({ enroll: true });
  });
});
