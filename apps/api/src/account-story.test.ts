import { describe, expect, it } from 'vitest';
import type { CadenceIR } from '@kairos/cadence';
import { balanceSeries, contactDecision, enrollmentPath, latest, tierTaken } from './account-story';

describe('the account story', () => {
  it("takes an attempt's latest stored decision, and reads a blocked attempt's own `rule: reason` when none was stored", () => {
    const stored = [
      { idempotencyKey: 'k1', decision: 'defer' as const, rule: 'quiet-hours', reasons: ['08:00 local'], profile: 'us-reg-f' },
      { idempotencyKey: 'k1', decision: 'allow' as const, rule: 'allow', reasons: [], profile: 'us-reg-f' },
    ];
    expect(contactDecision({ idempotencyKey: 'k1', status: 'sent', error: null }, stored)).toEqual({ decision: 'allow', rule: 'allow', reasons: [], profile: 'us-reg-f' });
    expect(contactDecision({ idempotencyKey: 'k2', status: 'blocked', error: 'frequency-cap: 7 calls in 7 days' }, stored)).toEqual({
      decision: 'block',
      rule: 'frequency-cap',
      reasons: ['7 calls in 7 days'],
      profile: null,
    });
    expect(contactDecision({ idempotencyKey: 'k3', status: 'delivered', error: null }, stored).decision).toBe('allow');
  });

  it('follows the steps an enrollment left, naming their kinds, and finds the tier its split chose', () => {
    const ir = { steps: { start: { kind: 'entry' }, tiers: { kind: 'tier-split' } } } as unknown as CadenceIR;
    const path = enrollmentPath(
      [
        { seq: 0, at: 't0', type: 'entered', stepId: 'start' },
        { seq: 1, at: 't1', type: 'left', stepId: 'start', outcome: 'next' },
        { seq: 2, at: 't2', type: 'left', stepId: 'tiers', outcome: 'tier-3' },
        { seq: 3, at: 't3', type: 'finished', stepId: 'done', outcome: 'completed' },
      ],
      ir,
    );
    expect(path).toEqual([
      { stepId: 'start', kind: 'entry', outcome: 'next', at: 't1' },
      { stepId: 'tiers', kind: 'tier-split', outcome: 'tier-3', at: 't2' },
    ]);
    expect(tierTaken(path)).toBe('tier-3');
    expect(tierTaken(path.slice(0, 1))).toBeNull();
  });

  it('draws the balance from the payments that said it, oldest first, ending today', () => {
    const series = balanceSeries(
      [
        { occurredAt: '2026-11-20T00:00:00Z', balanceAfterCents: 5_000 },
        { occurredAt: '2026-11-10T00:00:00Z', balanceAfterCents: 8_000 },
        { occurredAt: '2026-11-15T00:00:00Z', balanceAfterCents: null },
      ],
      { balanceCents: 5_000, at: '2026-12-01T00:00:00Z' },
    );
    expect(series).toEqual([
      { at: '2026-11-10T00:00:00Z', balanceCents: 8_000 },
      { at: '2026-11-20T00:00:00Z', balanceCents: 5_000 },
      { at: '2026-12-01T00:00:00Z', balanceCents: 5_000 },
    ]);
  });

  it('keeps the latest entries and says whether older ones were left out', () => {
    expect(latest([3, 2, 1], 2)).toEqual({ items: [3, 2], more: true });
    expect(latest([3, 2], 2)).toEqual({ items: [3, 2], more: false });
  });
});
