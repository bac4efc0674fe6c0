// Handing one gated contact attempt to its provider: the last "has the account paid?" check right
// before the call, the dispatch marker, the provider's answer booked, and the receipt waited for.
// At most once: a retry that finds the attempt dispatched but unbooked never calls the provider again
// (unless the provider drops repeats of a key); the attempt's outcome is unknown until a report settles it.
import { getAccount, markContactDispatched, markContactFailed, markContactOutcomeUnknown, markContactSent, undoContactDispatch, type ContactAttemptRow, type KairosDb } from '@kairos/db';
import type { Channel } from '@kairos/cadence';
import { MessageNotTakenError, type ChannelProvider, type OutgoingMessage } from '@kairos/providers';
import { waitForFinalDelivery } from './delivery-wait';

export type Dispatched =
  /** `outcomeUnknown`: the message may or may not have reached the customer; the cadence goes on as if sent. */
  | { kind: 'sent'; attempt: ContactAttemptRow; providerMessageId?: string; outcomeUnknown?: boolean }
  | { kind: 'failed'; attempt: ContactAttemptRow; reason: string }
  | { kind: 'skipped'; reason: string; final: boolean };

export interface DispatchDeps {
  db: KairosDb;
  /** Called right before the last balance check: where a test lands a payment "while the send is in flight". */
  beforeLastCheck?: (attempt: ContactAttemptRow) => Promise<void>;
  /** Called between the provider's answer and its booking: where the kill tests crash the worker (KAIROS_FAULT). */
  afterProviderCall?: (attempt: ContactAttemptRow) => Promise<void>;
}

/** What operations read on an attempt whose outcome is unknown. */
export const OUTCOME_UNKNOWN_REASON =
  'outcome unknown: the worker stopped while the provider was being called, so the message may have gone out; it is not sent again (the customer is never contacted twice) and the provider\'s status report settles it';

const failedReason = (a: ContactAttemptRow) => a.error ?? `the provider reported ${a.providerStatus ?? a.status}`;

/** After a send or a receipt: delivered, or failed for good, or (with a wait) whatever the receipt says in time. */
async function settle(deps: DispatchDeps, attempt: ContactAttemptRow, receiptWaitMs: number | null): Promise<Dispatched> {
  const final = receiptWaitMs ? await waitForFinalDelivery(deps.db, attempt, receiptWaitMs) : attempt;
  if (final.status === 'failed' || final.status === 'bounced') return { kind: 'failed', attempt: final, reason: failedReason(final) };
  return {
    kind: 'sent',
    attempt: final,
    ...(final.providerMessageId ? { providerMessageId: final.providerMessageId } : {}),
    ...(final.status === 'outcome_unknown' ? { outcomeUnknown: true } : {}),
  };
}

/**
 * Send a pending attempt (or finish one a crashed run left behind). `receiptWaitMs` is set when a
 * fallback channel follows: then a failure receipt within that time makes the caller try it.
 */
export async function dispatchAttempt(
  deps: DispatchDeps,
  provider: ChannelProvider,
  channel: Channel,
  attempt: ContactAttemptRow,
  receiptWaitMs: number | null,
  extra: { recordingUrl?: string; notice?: boolean } = {},
): Promise<Dispatched> {
  const { notice = false, ...content } = extra;
  if (attempt.status !== 'pending') return resumeAttempt(deps, attempt, receiptWaitMs);
  if (attempt.dispatchedAt && !provider.deduplicates) {
    // A crash came between handing the message over and booking the answer. The provider keeps no
    // idempotency keys, so it may be out already: never contact the customer twice. A report that
    // came meanwhile (it names the attempt, or the message id was known before the call) settles it.
    const marked = (await markContactOutcomeUnknown(deps.db, attempt.id, OUTCOME_UNKNOWN_REASON)) ?? attempt;
    return settle(deps, marked, null);
  }
  await deps.beforeLastCheck?.(attempt);
  // The last check right before sending: a payment booked since the activity began makes the reminder moot.
  const fresh = await getAccount(deps.db, attempt.accountId);
  if (!fresh || (fresh.balanceCents === 0 && !notice)) {
    const reason = fresh ? 'balance is zero: the account paid while the message was being prepared' : 'account no longer exists';
    await markContactFailed(deps.db, attempt.id, { status: 'skipped', error: reason });
    return { kind: 'skipped', reason, final: true };
  }
  const message: OutgoingMessage = {
    idempotencyKey: attempt.idempotencyKey,
    accountId: attempt.accountId,
    channel,
    recipient: attempt.recipient,
    ...(attempt.subject !== null ? { subject: attempt.subject } : {}),
    body: attempt.body,
    ...content,
  };
  const knownId = provider.messageIdFor?.(message);
  await markContactDispatched(deps.db, attempt.id, knownId ? { providerMessageId: knownId } : {});
  let result;
  try {
    result = await provider.send(message);
  } catch (err) {
    // The provider certainly has no message: the retry may send it (else it finds the outcome unknown).
    if (err instanceof MessageNotTakenError) await undoContactDispatch(deps.db, attempt.id);
    throw err;
  }
  await deps.afterProviderCall?.(attempt);
  if (!('providerMessageId' in result) || result.status === 'failed' || result.status === 'bounced' || result.providerMessageId === undefined) {
    const error = 'error' in result ? result.error : 'the provider answered without a message id';
    await markContactFailed(deps.db, attempt.id, { status: result.status === 'bounced' ? 'bounced' : 'failed', error, ...(result.providerStatus ? { providerStatus: result.providerStatus } : {}) });
    return { kind: 'failed', attempt: { ...attempt, status: result.status === 'bounced' ? 'bounced' : 'failed', error }, reason: error };
  }
  const booked = await markContactSent(deps.db, attempt.id, {
    providerMessageId: result.providerMessageId,
    status: result.status === 'queued' ? 'queued' : 'sent',
    ...(result.providerStatus ? { providerStatus: result.providerStatus } : {}),
  });
  return settle(deps, booked, receiptWaitMs);
}

/** An attempt a previous run of this activity already handed over: pick up its receipt, never resend. */
function resumeAttempt(deps: DispatchDeps, attempt: ContactAttemptRow, receiptWaitMs: number | null): Promise<Dispatched> {
  // Only a booked send has a receipt worth waiting for; an unknown outcome is settled whenever its report comes.
  const booked = attempt.status === 'queued' || attempt.status === 'sent';
  return settle(deps, attempt, booked ? receiptWaitMs : null);
}
