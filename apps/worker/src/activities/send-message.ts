import { z } from 'zod';
import { channelSchema, type AccountSnapshot, type ActivityInput, type ActivityResult, type Channel } from '@kairos/cadence';
import { chooseVariant, renderTemplate, type TemplateExtras } from '@kairos/cadence/templates';
import type { ComplianceProfile } from '@kairos/compliance';
import { beginContactAttempt, decideAndBeginContact, getAccount, markContactFailed, markContactSent, type ContactAttemptRow, type KairosDb } from '@kairos/db';
import type { ChannelProvider, ChannelRouter } from '../channels/provider';
import { decideSend, historyDaysFor } from './contact-gate';
import { templateExtras } from './template-extras';

const messageParams = z.object({
  channel: channelSchema,
  subject: z.string().optional(),
  body: z.string(),
  variants: z.array(z.object({ language: z.string(), subject: z.string().optional(), body: z.string() })).optional(),
});
const sendParams = messageParams.extend({
  fallback: z.array(messageParams).optional(),
  undeliveredOutcome: z.string().default('next'),
});
type ChannelMessage = z.output<typeof messageParams>;

/** Where a channel reaches the account; undefined when the account has no such contact point. */
export function recipientFor(account: AccountSnapshot, channel: Channel): string | undefined {
  switch (channel) {
    case 'sms':
    case 'voice':
    case 'whatsapp':
      return account.phone;
    case 'email':
      return account.email;
    case 'push': {
      const token = account.attributes.pushToken;
      return typeof token === 'string' && token ? token : undefined;
    }
    case 'letter':
      return account.name; // mailed to the postal address on file with the creditor
  }
}

export interface SendMessageDeps {
  db: KairosDb;
  channels: ChannelRouter;
  /** The instant of an attempt (see attempt-clock.ts). */
  now: () => Date;
  profiles: ReadonlyMap<string, ComplianceProfile>;
  publicUrl?: string;
}

/** What one channel attempt came to. */
type ChannelAttempt =
  | { kind: 'sent'; attempt: ContactAttemptRow; providerMessageId?: string; replayed?: boolean; language?: string }
  | { kind: 'skipped'; reason: string; final?: boolean }
  | { kind: 'blocked'; attempt: ContactAttemptRow; rule: string; reasons: string[] }
  | { kind: 'defer'; until: string; reason: string };

const attemptKey = (key: string, index: number, channel: Channel) => (index === 0 ? key : `${key}:fallback-${index}:${channel}`);

/**
 * Send one message of a cadence step: the primary channel, else each fallback in order. Every channel
 * attempt passes the compliance gate, decided against the account's contact history and recorded in
 * the same transaction: allow → send; block → try the next channel; defer → the workflow sleeps until
 * the instant and asks again. Each channel attempt has its own idempotency key (enrollment:step:attempt
 * plus the fallback's place), so a retried activity finds what it did before and never sends twice.
 */
export function createSendMessage(deps: SendMessageDeps) {
  const publicUrl = deps.publicUrl ?? process.env.KAIROS_PUBLIC_URL ?? 'http://localhost:3000';

  async function deliver(provider: ChannelProvider, channel: Channel, idempotencyKey: string, attempt: ContactAttemptRow) {
    // A pending earlier attempt (crash between send and bookkeeping) resends its stored content with the
    // same key; the provider deduplicates by key, so the customer gets one message.
    const { providerMessageId } = await provider.send({
      idempotencyKey,
      accountId: attempt.accountId,
      channel,
      recipient: attempt.recipient,
      ...(attempt.subject !== null ? { subject: attempt.subject } : {}),
      body: attempt.body,
    });
    await markContactSent(deps.db, attempt.id, { providerMessageId });
    return providerMessageId;
  }

  async function attemptOn(input: ActivityInput, account: AccountSnapshot & { compliance: { profile: string } }, message: ChannelMessage, idempotencyKey: string, extras: TemplateExtras): Promise<ChannelAttempt> {
    const provider = deps.channels.forChannel(message.channel);
    if (!provider) throw new Error(`no channel provider is configured for ${message.channel}`);
    const at = deps.now();
    const recipient = recipientFor(account, message.channel);
    const text = chooseVariant(message, account.language);
    let subject: string | undefined;
    let body: string;
    let renderError: string | undefined;
    try {
      body = renderTemplate(text.body, account, at.toISOString(), extras);
      subject = text.subject !== undefined ? renderTemplate(text.subject, account, at.toISOString(), extras) : undefined;
    } catch (err) {
      body = text.body;
      renderError = `template could not be rendered: ${(err as Error).message}`;
    }
    const row = {
      idempotencyKey,
      enrollmentId: input.enrollmentId,
      accountId: account.id,
      stepId: input.stepId,
      channel: message.channel,
      provider: provider.id,
      recipient: recipient ?? '',
      ...(subject !== undefined ? { subject } : {}),
      body,
    };
    const earlier = (a: ContactAttemptRow): ChannelAttempt =>
      a.status === 'skipped' ? { kind: 'skipped', reason: a.error ?? 'skipped before' }
      : a.status === 'blocked' ? { kind: 'blocked', attempt: a, rule: (a.error ?? '').split(':')[0] ?? '', reasons: [a.error ?? 'blocked before'] }
      : { kind: 'sent', attempt: a, replayed: true };

    // What makes a message pointless (a payment landed while this activity was queued, no contact point)
    // is checked first: nothing is sent, so there is nothing for compliance to decide.
    const paid = account.balanceCents === 0;
    const skip = renderError ?? (paid ? 'balance is zero: the account has paid' : undefined) ?? (recipient ? undefined : `account has no contact point for ${message.channel}`);
    if (skip) {
      const { attempt, existing } = await beginContactAttempt(deps.db, row);
      if (existing && attempt.status === 'pending') {
        const providerMessageId = await deliver(provider, message.channel, idempotencyKey, attempt);
        return { kind: 'sent', attempt, providerMessageId };
      }
      if (existing) return earlier(attempt);
      await markContactFailed(deps.db, attempt.id, { error: skip, status: 'skipped' });
      return { kind: 'skipped', reason: skip, final: paid };
    }

    const gated = await decideAndBeginContact(deps.db, {
      ...row,
      at: deps.now,
      historyDays: historyDaysFor(deps.profiles, account.compliance.profile),
      decide: (ctx) => decideSend(deps.profiles, message.channel, ctx.at, ctx),
    });
    switch (gated.kind) {
      case 'no-account':
        return { kind: 'skipped', reason: 'account no longer exists', final: true };
      case 'existing':
        if (gated.attempt.status !== 'pending') return earlier(gated.attempt);
        return { kind: 'sent', attempt: gated.attempt, providerMessageId: await deliver(provider, message.channel, idempotencyKey, gated.attempt) };
      case 'defer': {
        const { rule, reasons, until } = gated.decision;
        const first = reasons[0] ?? 'not yet';
        return { kind: 'defer', until: until!, reason: first.startsWith(rule) ? first : `${rule}: ${first}` };
      }
      case 'block':
        return { kind: 'blocked', attempt: gated.attempt, rule: gated.decision.rule, reasons: gated.decision.reasons };
      case 'allow':
        return {
          kind: 'sent',
          attempt: gated.attempt,
          providerMessageId: await deliver(provider, message.channel, idempotencyKey, gated.attempt),
          ...(text.language ? { language: text.language } : {}),
        };
    }
  }

  return async function sendMessage(input: ActivityInput): Promise<ActivityResult> {
    const params = sendParams.parse(input.params);
    const account = await getAccount(deps.db, input.accountId);
    if (!account) return { outcome: params.undeliveredOutcome, detail: { skipped: 'account no longer exists' } };
    const extras = await templateExtras(deps.db, account.id, deps.now(), publicUrl);
    const tried: Array<{ channel: Channel; skipped?: string; blocked?: { rule: string; reasons: string[] } }> = [];
    let firstBlock: Extract<ChannelAttempt, { kind: 'blocked' }> | undefined;
    const messages: ChannelMessage[] = [params, ...(params.fallback ?? [])];
    for (const [index, message] of messages.entries()) {
      const r = await attemptOn(input, account, message, attemptKey(input.idempotencyKey, index, message.channel), extras);
      if (r.kind === 'defer') return { retryAt: r.until, reason: r.reason };
      if (r.kind === 'sent') {
        return {
          outcome: 'next',
          detail: {
            contactId: r.attempt.id,
            channel: message.channel,
            ...(r.providerMessageId ? { providerMessageId: r.providerMessageId } : {}),
            ...(r.replayed ? { replayed: true } : {}),
            ...(r.language ? { language: r.language } : {}),
            ...(tried.length ? { fellBackFrom: tried } : {}),
          },
        };
      }
      if (r.kind === 'blocked') {
        firstBlock ??= r;
        tried.push({ channel: message.channel, blocked: { rule: r.rule, reasons: r.reasons } });
      } else {
        tried.push({ channel: message.channel, skipped: r.reason });
        if (r.final) break; // a payment makes every channel moot: do not fall back to another one
      }
    }
    return {
      outcome: params.undeliveredOutcome,
      detail: {
        undelivered: tried,
        ...(firstBlock ? { contactId: firstBlock.attempt.id, blocked: { rule: firstBlock.rule, reasons: firstBlock.reasons } } : {}),
      },
    };
  };
}
