import { z } from 'zod';
import type { AccountSnapshot, ActivityInput, ActivityResult } from '@kairos/cadence';
import { renderTemplate } from '@kairos/cadence/templates';
import type { ComplianceProfile } from '@kairos/compliance';
import { beginContactAttempt, decideAndBeginContact, getAccount, markContactFailed, markContactSent, type ContactAttemptRow, type KairosDb } from '@kairos/db';
import type { ChannelProvider, ChannelRouter } from '../channels/provider';
import { decideSend, historyDaysFor } from './contact-gate';

const sendParams = z.object({
  channel: z.enum(['sms', 'email']),
  subject: z.string().optional(),
  body: z.string(),
});

function recipientFor(account: AccountSnapshot, channel: 'sms' | 'email'): string | undefined {
  return channel === 'sms' ? account.phone : account.email;
}

export interface SendMessageDeps {
  db: KairosDb;
  channels: ChannelRouter;
  /** The instant of an attempt (see attempt-clock.ts). */
  now: () => Date;
  profiles: ReadonlyMap<string, ComplianceProfile>;
}

/**
 * Send one message of a cadence step. Every attempt passes the compliance gate first: decided
 * against the account's contact history and recorded in the same transaction (allow → send,
 * defer → the workflow sleeps until the instant and asks again, block → the step records why).
 * The idempotency key (enrollment:step:attempt) makes a retried activity find its earlier
 * attempt: a message that already went out is never sent again, nor decided twice.
 */
export function createSendMessage(deps: SendMessageDeps) {
  async function deliver(provider: ChannelProvider, input: ActivityInput, channel: 'sms' | 'email', attempt: ContactAttemptRow): Promise<ActivityResult> {
    // A pending earlier attempt (crash between send and bookkeeping) resends its stored content with the
    // same key; the provider deduplicates by key, so the customer gets one message.
    const { providerMessageId } = await provider.send({
      idempotencyKey: input.idempotencyKey,
      accountId: attempt.accountId,
      channel,
      recipient: attempt.recipient,
      ...(attempt.subject !== null ? { subject: attempt.subject } : {}),
      body: attempt.body,
    });
    await markContactSent(deps.db, attempt.id, { providerMessageId });
    return { outcome: 'next', detail: { contactId: attempt.id, providerMessageId } };
  }

  const replayed = (attempt: ContactAttemptRow): ActivityResult => ({ outcome: 'next', detail: { contactId: attempt.id, status: attempt.status, replayed: true } });

  return async function sendMessage(input: ActivityInput): Promise<ActivityResult> {
    const params = sendParams.parse(input.params);
    const account = await getAccount(deps.db, input.accountId);
    if (!account) return { outcome: 'next', detail: { skipped: 'account no longer exists' } };
    const provider = deps.channels.forChannel(params.channel);
    if (!provider) throw new Error(`no channel provider is configured for ${params.channel}`);

    const at = deps.now();
    const recipient = recipientFor(account, params.channel);
    let subject: string | undefined;
    let body: string;
    let renderError: string | undefined;
    try {
      body = renderTemplate(params.body, account, at.toISOString());
      subject = params.subject !== undefined ? renderTemplate(params.subject, account, at.toISOString()) : undefined;
    } catch (err) {
      body = params.body;
      renderError = `template could not be rendered: ${(err as Error).message}`;
    }
    const message = {
      idempotencyKey: input.idempotencyKey,
      enrollmentId: input.enrollmentId,
      accountId: account.id,
      stepId: input.stepId,
      channel: params.channel,
      provider: provider.id,
      recipient: recipient ?? '',
      ...(subject !== undefined ? { subject } : {}),
      body,
    };

    // What makes a message pointless (a payment landed while this activity was queued) is checked first:
    // nothing is sent, so there is nothing for compliance to decide.
    const skip = renderError ?? (account.balanceCents === 0 ? 'balance is zero: the account has paid' : undefined) ??
      (recipient ? undefined : `account has no ${params.channel === 'sms' ? 'phone number' : 'email address'}`);
    if (skip) {
      const { attempt, existing } = await beginContactAttempt(deps.db, message);
      if (existing && attempt.status !== 'pending') return replayed(attempt);
      if (existing) return deliver(provider, input, params.channel, attempt);
      await markContactFailed(deps.db, attempt.id, { error: skip, status: 'skipped' });
      return { outcome: 'next', detail: { contactId: attempt.id, skipped: skip } };
    }

    const gated = await decideAndBeginContact(deps.db, {
      ...message,
      at: deps.now,
      historyDays: historyDaysFor(deps.profiles, account.compliance.profile),
      decide: (ctx) => decideSend(deps.profiles, params.channel, ctx.at, ctx),
    });
    switch (gated.kind) {
      case 'no-account':
        return { outcome: 'next', detail: { skipped: 'account no longer exists' } };
      case 'existing':
        return gated.attempt.status === 'pending' ? deliver(provider, input, params.channel, gated.attempt) : replayed(gated.attempt);
      case 'defer': {
        const { rule, reasons, until } = gated.decision;
        const first = reasons[0] ?? 'not yet';
        return { retryAt: until!, reason: first.startsWith(rule) ? first : `${rule}: ${first}` };
      }
      case 'block':
        return {
          outcome: 'next',
          detail: { contactId: gated.attempt.id, blocked: { rule: gated.decision.rule, reasons: gated.decision.reasons } },
        };
      case 'allow':
        return deliver(provider, input, params.channel, gated.attempt);
    }
  };
}
