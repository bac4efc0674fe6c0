// The account page's one read, as people read it: each list bounded (the latest N, and whether there
// is more), each contact attempt with the compliance decision that let it out or stopped it, each
// enrollment with the path it took (the tier a tier split chose among it), and the balance over time.
// Pure: built from stored rows, IRs and the clock.
import type { CadenceIR, TimelineEntry } from '@kairos/cadence';
import type { ContactAttemptRow, ContactDecisionRow } from '@kairos/db';

/** The latest `limit` items (the list comes newest first) and whether older ones were left out. */
export function latest<T>(items: readonly T[], limit: number): { items: T[]; more: boolean } {
  return { items: items.slice(0, limit), more: items.length > limit };
}

export interface ContactDecision {
  decision: 'allow' | 'defer' | 'block';
  rule: string | null;
  reasons: string[];
  /** The compliance profile that decided, when the decision was stored. */
  profile: string | null;
}

/**
 * The compliance decision of an attempt: the latest one stored for its idempotency key (what let it out or
 * stopped it), else what its status says (a blocked attempt carries `rule: reason` in `error`).
 */
export function contactDecision(
  row: Pick<ContactAttemptRow, 'idempotencyKey' | 'status' | 'error'>,
  decisions: ReadonlyArray<Pick<ContactDecisionRow, 'idempotencyKey' | 'decision' | 'rule' | 'reasons' | 'profile'>>,
): ContactDecision {
  const stored = decisions.filter((d) => d.idempotencyKey === row.idempotencyKey).at(-1);
  if (stored) return { decision: stored.decision, rule: stored.rule, reasons: stored.reasons, profile: stored.profile };
  if (row.status !== 'blocked') return { decision: 'allow', rule: null, reasons: [], profile: null };
  const text = row.error ?? '';
  const colon = text.indexOf(':');
  return colon > 0
    ? { decision: 'block', rule: text.slice(0, colon).trim(), reasons: [text.slice(colon + 1).trim()], profile: null }
    : { decision: 'block', rule: null, reasons: text ? [text] : [], profile: null };
}

export interface PathStep {
  stepId: string;
  kind: string | null;
  outcome: string;
  at: string;
}

/** The steps an enrollment left and by which outcome, in order; the kind comes from its version's IR. */
export function enrollmentPath(timeline: readonly TimelineEntry[], ir: CadenceIR | null): PathStep[] {
  return timeline
    .filter((e) => (e.type === 'left' || e.type === 'assigned') && e.stepId !== null && e.outcome !== undefined)
    .map((e) => ({ stepId: e.stepId!, kind: ir?.steps[e.stepId!]?.kind ?? null, outcome: e.outcome!, at: e.at }));
}

/** The tier a tier split chose for the enrollment (`tier-2`, `otherwise`), when its path went through one. */
export function tierTaken(path: readonly PathStep[]): string | null {
  return path.find((s) => s.kind === 'tier-split')?.outcome ?? null;
}

/**
 * The balance over time, oldest first: the balance each payment or failed payment left (when the ledger
 * said), then today's. Points without a known balance are left out rather than guessed.
 */
export function balanceSeries(
  events: ReadonlyArray<{ occurredAt: string; balanceAfterCents: number | null }>,
  current: { balanceCents: number; at: string },
): Array<{ at: string; balanceCents: number }> {
  const known = events.filter((e) => e.balanceAfterCents !== null).map((e) => ({ at: e.occurredAt, balanceCents: e.balanceAfterCents! }));
  return [...known.sort((a, b) => a.at.localeCompare(b.at)), { at: current.at, balanceCents: current.balanceCents }];
}
