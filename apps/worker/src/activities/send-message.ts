import { z } from 'zod';
import { channelSchema, type AccountSnapshot, type ActivityInput, type ActivityResult, type Channel } from '@kairos/cadence';
import { chooseVariant, renderTemplate, type TemplateExtras } from '@kairos/cadence/templates';
import { beginContactAttempt, getAccount, markContactFailed, markContactSent, type KairosDb } from '@kairos/db';
import type { ChannelRouter } from '../channels/provider';
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

const attemptKey = (key: string, index: number, channel: Channel) => (index === 0 ? key : `${key}:fallback-${index}:${channel}`);

/**
 * Send one message of a cadence step: the primary channel, else each fallback in order. Every channel
 * attempt has its own idempotency key (enrollment:step:attempt, plus the fallback's place), so a retried
 * activity finds what it did before: a message that went out is never sent again.
 */
export function createSendMessage(deps: { db: KairosDb; channels: ChannelRouter; now: () => Date; publicUrl?: string }) {
  const publicUrl = deps.publicUrl ?? process.env.KAIROS_PUBLIC_URL ?? 'http://localhost:3000';
  return async function sendMessage(input: ActivityInput): Promise<ActivityResult> {
    const params = sendParams.parse(input.params);
    const account = await getAccount(deps.db, input.accountId);
    if (!account) return { outcome: params.undeliveredOutcome, detail: { skipped: 'account no longer exists' } };
    const at = deps.now();
    const extras = await templateExtras(deps.db, account.id, at, publicUrl);
    const tried: Array<{ channel: Channel; skipped: string }> = [];
    const messages: ChannelMessage[] = [params, ...(params.fallback ?? [])];
    for (const [index, message] of messages.entries()) {
      const sent = await sendOn(deps, input, account, message, attemptKey(input.idempotencyKey, index, message.channel), at, extras);
      if ('contactId' in sent) return { outcome: 'next', detail: { ...sent, channel: message.channel, ...(tried.length ? { fellBackFrom: tried } : {}) } };
      tried.push({ channel: message.channel, skipped: sent.skipped });
      // A payment makes every channel moot: do not fall back to another one.
      if (account.balanceCents === 0) break;
    }
    return { outcome: params.undeliveredOutcome, detail: { undelivered: tried } };
  };
}

async function sendOn(
  deps: { db: KairosDb; channels: ChannelRouter },
  input: ActivityInput,
  account: AccountSnapshot,
  message: ChannelMessage,
  idempotencyKey: string,
  at: Date,
  extras: TemplateExtras,
): Promise<{ contactId: string; providerMessageId?: string; replayed?: boolean; language?: string } | { skipped: string }> {
  const provider = deps.channels.forChannel(message.channel);
  if (!provider) throw new Error(`no channel provider is configured for ${message.channel}`);
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

  const { attempt, existing } = await beginContactAttempt(deps.db, {
    idempotencyKey,
    enrollmentId: input.enrollmentId,
    accountId: account.id,
    stepId: input.stepId,
    channel: message.channel,
    provider: provider.id,
    recipient: recipient ?? '',
    ...(subject !== undefined ? { subject } : {}),
    body,
  });
  if (existing && attempt.status === 'skipped') return { skipped: attempt.error ?? 'skipped before' };
  if (existing && attempt.status !== 'pending') return { contactId: attempt.id, replayed: true };

  // Last check right before contacting: a payment may have landed while this activity was queued.
  const skip =
    renderError ??
    (account.balanceCents === 0 ? 'balance is zero: the account has paid' : undefined) ??
    (recipient ? undefined : `account has no contact point for ${message.channel}`);
  if (skip) {
    await markContactFailed(deps.db, attempt.id, { error: skip, status: 'skipped' });
    return { skipped: skip };
  }

  // A pending earlier attempt (crash between send and bookkeeping) resends its stored content with the
  // same key; the provider deduplicates by key, so the customer gets one message.
  const { providerMessageId } = await provider.send({
    idempotencyKey,
    accountId: account.id,
    channel: message.channel,
    recipient: attempt.recipient,
    ...(attempt.subject !== null ? { subject: attempt.subject } : {}),
    body: attempt.body,
  });
  await markContactSent(deps.db, attempt.id, { providerMessageId });
  return { contactId: attempt.id, providerMessageId, ...(text.language ? { language: text.language } : {}) };
}
