// Which analytics events a stored fact makes: pure mappings from the rows the repositories write
// (timeline entries, compliance decisions, receipts, account events) to analytics rows and their keys.
import type { AccountEvent, TimelineEntry } from '@kairos/cadence';
import { promisesKept } from '@kairos/analytics/kpi';
import type { NewAnalyticsEvent } from './log';
import type { accountEvents, enrollments } from '../schema';

type EnrollmentRow = typeof enrollments.$inferSelect;

/** The enrollment of an account and what was placed (its balance then); the statement adds the DPD and bucket. */
export function enrolledEvent(e: EnrollmentRow): NewAnalyticsEvent {
  return {
    idempotencyKey: `enrolled:${e.id}`,
    type: 'enrolled',
    occurredAt: e.startedAt,
    amountMinor: e.placedCents,
    currency: e.placedCurrency,
    detail: { dueDate: e.placedDueDate },
  };
}

const TIMELINE_TYPES = new Set(['entered', 'left', 'assigned', 'finished']);

/**
 * The analytics rows of an enrollment's timeline entries, in batches that share one attribution: the
 * entries after an `assigned` carry its experiment and arm (and the assignment itself does, with the
 * balance placed in the arm that `recordProgress` kept on it). `enrollment` carries the assignment
 * that held before these entries.
 */
export function timelineAnalytics(enrollment: EnrollmentRow, entries: readonly TimelineEntry[]): Array<{ enrollment: EnrollmentRow; events: NewAnalyticsEvent[] }> {
  const batches: Array<{ enrollment: EnrollmentRow; events: NewAnalyticsEvent[] }> = [];
  let current = { enrollment, events: [] as NewAnalyticsEvent[] };
  for (const entry of entries) {
    if (!TIMELINE_TYPES.has(entry.type)) continue;
    const assigned = entry.type === 'assigned' && typeof entry.detail?.experimentId === 'string' && entry.outcome;
    if (assigned) {
      if (current.events.length) batches.push(current);
      current = { enrollment: { ...current.enrollment, experimentId: String(entry.detail!.experimentId), arm: entry.outcome! }, events: [] };
    }
    current.events.push({
      idempotencyKey: `timeline:${enrollment.id}:${entry.seq}`,
      type: entry.type as NewAnalyticsEvent['type'],
      occurredAt: new Date(entry.at),
      nodeId: entry.stepId,
      outcome: entry.outcome ?? null,
      ...(assigned && typeof entry.detail?.placedCents === 'number'
        ? { amountMinor: entry.detail.placedCents, currency: typeof entry.detail.placedCurrency === 'string' ? entry.detail.placedCurrency : null }
        : {}),
      ...(assigned ? { detail: { control: entry.detail?.control === true } } : {}),
    });
  }
  if (current.events.length) batches.push(current);
  return batches;
}

/** A compliance decision about a contact attempt: allowed (an attempt), deferred, or blocked (suppressed). */
export function contactDecisionEvent(d: { id: string; stepId: string | null; channel: string; decision: string; rule: string; decidedAt: Date }): NewAnalyticsEvent {
  return {
    idempotencyKey: `contact:${d.id}`,
    type: 'contact',
    occurredAt: d.decidedAt,
    nodeId: d.stepId,
    channel: d.channel,
    outcome: d.decision,
    detail: { rule: d.rule },
  };
}

/** A call that reached the holder (a conversation) is a right-party contact. */
export const isRightPartyCallOutcome = (outcome: string | null | undefined): boolean => outcome === 'conversation';

/** A contact attempt made outside Kairos (an agent's call): an attempt, and a right-party contact if they spoke. */
export function externalContactEvents(a: { id: string; channel: string; outcome: string | null; createdAt: Date }): NewAnalyticsEvent[] {
  const events: NewAnalyticsEvent[] = [
    { idempotencyKey: `contact:external:${a.id}`, type: 'contact', occurredAt: a.createdAt, channel: a.channel, outcome: 'allow', detail: { rule: 'external', callOutcome: a.outcome } },
  ];
  if (isRightPartyCallOutcome(a.outcome)) {
    events.push({ idempotencyKey: `rpc:external:${a.id}`, type: 'right_party_contact', occurredAt: a.createdAt, channel: a.channel, outcome: a.outcome });
  }
  return events;
}

/** A delivery receipt that moved an attempt's status (forward only, so once per status). */
export function deliveryEvents(a: { id: string; stepId: string | null; channel: string }, r: { status: string; outcome: string | null }, at: Date): NewAnalyticsEvent[] {
  const events: NewAnalyticsEvent[] = [
    { idempotencyKey: `delivery:${a.id}:${r.status}`, type: 'delivery', occurredAt: at, nodeId: a.stepId, channel: a.channel, outcome: r.status, ...(r.outcome ? { detail: { callOutcome: r.outcome } } : {}) },
  ];
  if (isRightPartyCallOutcome(r.outcome)) {
    events.push({ idempotencyKey: `rpc:delivery:${a.id}`, type: 'right_party_contact', occurredAt: at, nodeId: a.stepId, channel: a.channel, outcome: r.outcome });
  }
  return events;
}

/** A stored account event (payment, promise, dispute, reply, ...): `balanceAfterCents` from the ledger. */
export function accountEventAnalytics(rowId: string, event: AccountEvent, balanceAfterCents: number | undefined): NewAnalyticsEvent[] {
  const base = { idempotencyKey: `account-event:${rowId}`, occurredAt: new Date(event.occurredAt), detail: { eventId: event.eventId } as Record<string, unknown> };
  switch (event.type) {
    case 'payment':
      return [{ ...base, type: 'payment', amountMinor: event.amountCents, outcome: balanceAfterCents === 0 ? 'full' : 'partial', detail: { ...base.detail, balanceAfterMinor: balanceAfterCents ?? null } }];
    case 'payment_failed':
      return [{ ...base, type: 'payment_failed', amountMinor: event.amountCents, outcome: event.returnedEventId ? 'returned' : 'failed' }];
    case 'promise':
      return [{ ...base, type: 'promise', amountMinor: event.amountCents, detail: { ...base.detail, promisedDate: event.promisedDate } }];
    case 'reply': {
      // A reply comes from the holder: the strongest sign of a right-party contact a message can give.
      const channel = event.channel;
      return [
        { ...base, type: 'reply', channel },
        { ...base, idempotencyKey: `rpc:reply:${rowId}`, type: 'right_party_contact', channel, outcome: 'reply' },
      ];
    }
    case 'dispute':
    case 'dispute_resolved':
    case 'plan_accepted':
    case 'plan_broken':
      return [{ ...base, type: event.type }];
  }
}

type AccountEventRow = typeof accountEvents.$inferSelect;

/**
 * The promises an account's payments kept, judged by its own stored promises and payments so every
 * cadence and report agrees on "kept" (`promise-kept:<promise row>` keys: found again, added once).
 */
export function promiseKeptEvents(facts: readonly AccountEventRow[]): NewAnalyticsEvent[] {
  const promises = facts
    .filter((f) => f.type === 'promise')
    .map((f) => ({ id: f.id, occurredAt: f.occurredAt, amountMinor: Number(f.payload.amountCents ?? 0), promisedDate: String(f.payload.promisedDate ?? '') }));
  const payments = facts
    .filter((f) => f.type === 'payment')
    .map((f) => ({
      occurredAt: f.occurredAt,
      amountMinor: Number(f.payload.amountCents ?? 0),
      balanceAfterMinor: typeof f.payload.balanceAfterCents === 'number' ? f.payload.balanceAfterCents : null,
    }));
  return promisesKept(promises, payments).map((k) => {
    const promise = promises.find((p) => p.id === k.promiseId)!;
    return {
      idempotencyKey: `promise-kept:${k.promiseId}`,
      type: 'promise_kept' as const,
      occurredAt: k.keptAt,
      amountMinor: promise.amountMinor,
      detail: { promiseRowId: k.promiseId, promisedDate: promise.promisedDate },
    };
  });
}
