// The sendNotice activity: a receipt or confirmation for one stored account event, on the channel the
// customer was last reached on (then their preferred one, then text, then email), through the same
// compliance gate and providers as cadence messages, once per event (its idempotency key).
import type { AccountSnapshot, ActivityInput, ActivityResult, Channel } from '@kairos/cadence';
import { createPaymentOffer, getAccount, getAccountEvent, listContactAttempts, listPlanInstallments, type KairosDb } from '@kairos/db';
import type { NoticeInput } from '@kairos/workflows';
import { noticeText } from './notice-texts';

const REACHED = new Set(['queued', 'sent', 'delivered']);
const TEXT_CHANNELS = new Set<Channel>(['sms', 'email', 'whatsapp']);

/** Channels to try, in order: last reached, preferred, then SMS (with consent) and email. */
export function noticeChannels(account: AccountSnapshot, lastReached: Channel | undefined): Channel[] {
  const preferred = account.attributes.preferredChannel;
  const order: Array<Channel | undefined> = [
    lastReached,
    typeof preferred === 'string' && TEXT_CHANNELS.has(preferred as Channel) ? (preferred as Channel) : undefined,
    account.phone && account.consents.sms ? 'sms' : undefined,
    account.email ? 'email' : undefined,
  ];
  return [...new Set(order.filter((c): c is Channel => c !== undefined))];
}

export function createSendNotice(deps: { db: KairosDb; now: () => Date; sendMessage: (input: ActivityInput) => Promise<ActivityResult> }) {
  return async function sendNotice(input: NoticeInput): Promise<ActivityResult> {
    const [row, account] = await Promise.all([getAccountEvent(deps.db, input.eventRowId), getAccount(deps.db, input.accountId)]);
    if (!row || !account) return { outcome: 'undelivered', detail: { skipped: 'the event or the account no longer exists' } };
    const p = row.payload as { amountCents?: number; balanceAfterCents?: number; reason?: string; installments?: number; planId?: string };
    if (input.kind === 'payment_failed' || input.kind === 'plan_broken') {
      // Another way to pay: a fresh link for what is owed now, made once for this event.
      await createPaymentOffer(deps.db, {
        idempotencyKey: `notice:${row.id}:link`, accountId: account.id, enrollmentId: null, kind: 'link', amountCents: account.balanceCents,
        expiresAt: new Date(deps.now().getTime() + 7 * 86_400_000),
      });
    }
    const schedule = input.kind === 'plan_accepted' ? (await listPlanInstallments(deps.db, account.id)).filter((i) => i.offerId === p.planId) : undefined;
    const text = noticeText(input.kind, { ...p, currency: account.currency, ...(schedule ? { schedule } : {}) });
    const recent = await listContactAttempts(deps.db, { accountId: account.id, limit: 20 });
    const last = recent.find((a) => REACHED.has(a.status) && TEXT_CHANNELS.has(a.channel as Channel))?.channel as Channel | undefined;
    const [first, ...rest] = noticeChannels(account, last).map((channel) =>
      channel === 'email' ? { channel, subject: text.email.subject, body: text.email.body } : { channel, body: text.sms },
    );
    if (!first) return { outcome: 'undelivered', detail: { skipped: 'the account has no channel to send a notice on' } };
    return deps.sendMessage({
      idempotencyKey: `notice:${row.id}`,
      enrollmentId: '',
      accountId: account.id,
      stepId: `notice:${input.kind}`,
      attempt: 1,
      params: { ...first, fallback: rest, notice: true, undeliveredOutcome: 'undelivered' },
    });
  };
}
