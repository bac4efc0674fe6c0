import { z } from 'zod';
import type { AccountSnapshot, ActivityInput, ActivityResult } from '@kairos/cadence';
import { renderTemplate } from '@kairos/cadence/templates';
import { beginContactAttempt, getAccount, markContactFailed, markContactSent, type KairosDb } from '@kairos/db';
import type { ChannelRouter } from '../channels/provider';

const sendParams = z.object({
  channel: z.enum(['sms', 'email']),
  subject: z.string().optional(),
  body: z.string(),
});

function recipientFor(account: AccountSnapshot, channel: 'sms' | 'email'): string | undefined {
  return channel === 'sms' ? account.phone : account.email;
}

/**
 * Send one message of a cadence step. The idempotency key (enrollment:step:attempt) makes a retried
 * activity find its earlier attempt: a message that already went out is never sent again.
 */
export function createSendMessage(deps: { db: KairosDb; channels: ChannelRouter; now: () => Date }) {
  return async function sendMessage(input: ActivityInput): Promise<ActivityResult> {
    const params = sendParams.parse(input.params);
    const account = await getAccount(deps.db, input.accountId);
    if (!account) return { outcome: 'next', detail: { skipped: 'account no longer exists' } };
    const provider = deps.channels.forChannel(params.channel);
    if (!provider) throw new Error(`no channel provider is configured for ${params.channel}`);

    const recipient = recipientFor(account, params.channel);
    let subject: string | undefined;
    let body: string;
    let renderError: string | undefined;
    try {
      const at = deps.now().toISOString();
      body = renderTemplate(params.body, account, at);
      subject = params.subject !== undefined ? renderTemplate(params.subject, account, at) : undefined;
    } catch (err) {
      body = params.body;
      renderError = `template could not be rendered: ${(err as Error).message}`;
    }

    const { attempt, existing } = await beginContactAttempt(deps.db, {
      idempotencyKey: input.idempotencyKey,
      enrollmentId: input.enrollmentId,
      accountId: account.id,
      stepId: input.stepId,
      channel: params.channel,
      provider: provider.id,
      recipient: recipient ?? '',
      ...(subject !== undefined ? { subject } : {}),
      body,
    });
    if (existing && attempt.status !== 'pending') {
      return { outcome: 'next', detail: { contactId: attempt.id, status: attempt.status, replayed: true } };
    }

    // Last check right before contacting: a payment may have landed while this activity was queued.
    const skip = renderError ?? (account.balanceCents === 0 ? 'balance is zero: the account has paid' : undefined) ??
      (recipient ? undefined : `account has no ${params.channel === 'sms' ? 'phone number' : 'email address'}`);
    if (skip) {
      await markContactFailed(deps.db, attempt.id, { error: skip, status: 'skipped' });
      return { outcome: 'next', detail: { contactId: attempt.id, skipped: skip } };
    }

    // A pending earlier attempt (crash between send and bookkeeping) resends its stored content with the
    // same key; the provider deduplicates by key, so the customer gets one message.
    const { providerMessageId } = await provider.send({
      idempotencyKey: input.idempotencyKey,
      accountId: account.id,
      channel: params.channel,
      recipient: attempt.recipient,
      ...(attempt.subject !== null ? { subject: attempt.subject } : {}),
      body: attempt.body,
    });
    await markContactSent(deps.db, attempt.id, { providerMessageId });
    return { outcome: 'next', detail: { contactId: attempt.id, providerMessageId } };
  };
}
