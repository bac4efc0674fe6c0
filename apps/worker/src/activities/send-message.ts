import { z } from 'zod';
import { sendMessageInput, type AccountSnapshot, type ActivityInput, type ActivityResult, type Channel } from '@kairos/cadence';
import { chooseVariant, renderTemplate, type TemplateExtras } from '@kairos/cadence/templates';
import type { ComplianceProfile } from '@kairos/compliance';
import { beginContactAttempt, decideAndBeginContact, decideSend, DEFAULT_PORTFOLIO_ID, getAccount, historyDaysFor, markContactFailed, type ContactAttemptRow, type KairosDb } from '@kairos/db';
import type { ChannelProvider, ChannelRouter } from '@kairos/providers';
import type { UnsubscribeLinker } from '../channels/unsubscribe-links';
import { dispatchAttempt, type DispatchDeps } from './dispatch';
import { templateExtras, usesPaymentLink } from './template-extras';

type ChannelMessage = NonNullable<z.output<typeof sendMessageInput>['fallback']>[number];

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
  /** Reload stored profiles if stale, before a decision reads `profiles`. */
  refreshProfiles?: () => Promise<void>;
  /** The profile of accounts whose portfolio names none (kairos.config.json `defaultComplianceProfile`; us-reg-f). */
  defaultProfile?: string;
  publicUrl?: string;
  /** The attempt's one-click unsubscribe link, for {{ unsubscribeLink }} (the SMTP provider puts the same one in List-Unsubscribe). */
  unsubscribeLink?: UnsubscribeLinker;
  /** See DispatchDeps: where a test lands a payment while a send is in flight. */
  beforeLastCheck?: DispatchDeps['beforeLastCheck'];
  /** See DispatchDeps: where the kill tests crash the worker between the provider's answer and its booking. */
  afterProviderCall?: DispatchDeps['afterProviderCall'];
}

/** What one channel attempt came to. */
type ChannelAttempt =
  | { kind: 'sent'; attempt: ContactAttemptRow; providerMessageId?: string; replayed?: boolean; language?: string; outcomeUnknown?: boolean }
  /** The provider refused it or a receipt said it failed or bounced: the next fallback is tried. */
  | { kind: 'failed'; attempt: ContactAttemptRow; reason: string }
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

  const dispatchDeps: DispatchDeps = {
    db: deps.db,
    ...(deps.beforeLastCheck ? { beforeLastCheck: deps.beforeLastCheck } : {}),
    ...(deps.afterProviderCall ? { afterProviderCall: deps.afterProviderCall } : {}),
  };

  async function deliver(provider: ChannelProvider, message: ChannelMessage, attempt: ContactAttemptRow, receiptWaitMs: number | null, notice: boolean, replayed = false): Promise<ChannelAttempt> {
    const recordingUrl = message.voice?.mode === 'prerecorded' ? message.voice.recordingUrl : undefined;
    const d = await dispatchAttempt(dispatchDeps, provider, message.channel, attempt, receiptWaitMs, { ...(recordingUrl ? { recordingUrl } : {}), notice });
    if (d.kind === 'skipped') return d;
    if (d.kind === 'failed') return d;
    return { kind: 'sent', attempt: d.attempt, ...(d.providerMessageId ? { providerMessageId: d.providerMessageId } : {}), ...(replayed ? { replayed } : {}), ...(d.outcomeUnknown ? { outcomeUnknown: true } : {}) };
  }

  async function attemptOn(
    input: ActivityInput,
    account: AccountSnapshot & { compliance: { profile?: string | undefined } },
    message: ChannelMessage,
    idempotencyKey: string,
    extras: TemplateExtras,
    fallbackFollows: boolean,
    notice: boolean,
    refused?: string,
  ): Promise<ChannelAttempt> {
    const route = await deps.channels.providerFor(account.portfolioId ?? DEFAULT_PORTFOLIO_ID, message.channel);
    if (!route) throw new Error(`no channel provider is configured for ${message.channel}`);
    const { provider } = route;
    // Waiting for the receipt is worth it only when a failure would make us try another channel.
    const receiptWaitMs = fallbackFollows && provider.sendsReceipts && route.receiptWaitMs > 0 ? route.receiptWaitMs : null;
    const at = deps.now();
    const recipient = recipientFor(account, message.channel);
    const text = chooseVariant(message, account.language);
    const unsubscribeLink = deps.unsubscribeLink?.({ accountId: account.id, channel: message.channel, idempotencyKey });
    const values = unsubscribeLink ? { ...extras, unsubscribeLink } : extras;
    let subject: string | undefined;
    let body: string;
    let renderError: string | undefined;
    try {
      body = renderTemplate(text.body, account, at.toISOString(), values);
      subject = text.subject !== undefined ? renderTemplate(text.subject, account, at.toISOString(), values) : undefined;
    } catch (err) {
      body = text.body;
      renderError = `template could not be rendered: ${(err as Error).message}`;
    }
    const row = {
      idempotencyKey,
      enrollmentId: input.enrollmentId || null,
      accountId: account.id,
      stepId: input.stepId,
      channel: message.channel,
      provider: provider.id,
      recipient: recipient ?? '',
      ...(subject !== undefined ? { subject } : {}),
      body,
    };
    // A retried activity finds what it did before: decided attempts stay decided, handed-over ones are resumed, never resent.
    const earlier = (a: ContactAttemptRow): Promise<ChannelAttempt> | ChannelAttempt =>
      a.status === 'skipped' ? { kind: 'skipped', reason: a.error ?? 'skipped before' }
      : a.status === 'blocked' ? { kind: 'blocked', attempt: a, rule: (a.error ?? '').split(':')[0] ?? '', reasons: [a.error ?? 'blocked before'] }
      : deliver(provider, message, a, receiptWaitMs, notice, a.status !== 'pending');

    // What makes a message pointless (a payment landed while this activity was queued, no contact point)
    // is checked first: nothing is sent, so there is nothing for compliance to decide.
    // A portfolio without its collector's identity sends nothing on any channel, so it ends the fallbacks too.
    const paid = account.balanceCents === 0 && !notice;
    const skip =
      refused ?? (paid ? 'balance is zero: the account has paid' : undefined) ?? renderError ?? (recipient ? undefined : `account has no contact point for ${message.channel}`);
    if (skip) {
      const { attempt, existing } = await beginContactAttempt(deps.db, row);
      if (existing) return earlier(attempt);
      await markContactFailed(deps.db, attempt.id, { error: skip, status: 'skipped' });
      return { kind: 'skipped', reason: skip, final: paid || refused !== undefined };
    }

    await deps.refreshProfiles?.();
    const gated = await decideAndBeginContact(deps.db, {
      ...row,
      at: deps.now,
      historyDays: historyDaysFor(deps.profiles),
      decide: (ctx) => decideSend(deps.profiles, message.channel, ctx.at, ctx, deps.defaultProfile),
    });
    switch (gated.kind) {
      case 'no-account':
        return { kind: 'skipped', reason: 'account no longer exists', final: true };
      case 'existing':
        return earlier(gated.attempt);
      case 'defer': {
        const { rule, reasons, until } = gated.decision;
        const first = reasons[0] ?? 'not yet';
        return { kind: 'defer', until: until!, reason: first.startsWith(rule) ? first : `${rule}: ${first}` };
      }
      case 'block':
        return { kind: 'blocked', attempt: gated.attempt, rule: gated.decision.rule, reasons: gated.decision.reasons };
      case 'allow': {
        const sent = await deliver(provider, message, gated.attempt, receiptWaitMs, notice);
        return sent.kind === 'sent' && text.language ? { ...sent, language: text.language } : sent;
      }
    }
  }

  return async function sendMessage(input: ActivityInput): Promise<ActivityResult> {
    const params = sendMessageInput.parse(input.params);
    const account = await getAccount(deps.db, input.accountId);
    if (!account) return { outcome: params.undeliveredOutcome, detail: { skipped: 'account no longer exists' } };
    const tried: Array<{ channel: Channel; skipped?: string; failed?: string; blocked?: { rule: string; reasons: string[] } }> = [];
    let firstBlock: Extract<ChannelAttempt, { kind: 'blocked' }> | undefined;
    const messages: ChannelMessage[] = [params, ...(params.fallback ?? [])];
    const linkNeeded = messages.some((m) => usesPaymentLink(chooseVariant(m, account.language)));
    const prepared = await templateExtras(deps.db, account, deps.now(), publicUrl, { needed: linkNeeded, linkKey: input.idempotencyKey, enrollmentId: input.enrollmentId });
    const [extras, refused] = 'refused' in prepared ? [{}, prepared.refused] : [prepared.extras, undefined];
    for (const [index, message] of messages.entries()) {
      const r = await attemptOn(input, account, message, attemptKey(input.idempotencyKey, index, message.channel), extras, index < messages.length - 1, params.notice, refused);
      if (r.kind === 'defer') return { retryAt: r.until, reason: r.reason };
      if (r.kind === 'sent') {
        return {
          outcome: 'next',
          detail: {
            contactId: r.attempt.id,
            channel: message.channel,
            ...(r.providerMessageId ? { providerMessageId: r.providerMessageId } : {}),
            ...(r.replayed ? { replayed: true } : {}),
            // The step's outcome stays `next` (sent): trying a fallback could contact the customer twice.
            ...(r.outcomeUnknown ? { outcomeUnknown: true } : {}),
            ...(r.language ? { language: r.language } : {}),
            ...(tried.length ? { fellBackFrom: tried } : {}),
          },
        };
      }
      if (r.kind === 'blocked') {
        firstBlock ??= r;
        tried.push({ channel: message.channel, blocked: { rule: r.rule, reasons: r.reasons } });
      } else if (r.kind === 'failed') {
        tried.push({ channel: message.channel, failed: r.reason });
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
