import type { SendChannel as Channel } from '@kairos/channels';

export interface OutgoingMessage {
  /** Passed to the provider so that a retried send is deduplicated on its side too, where it can. */
  idempotencyKey: string;
  accountId: string;
  channel: Channel;
  recipient: string;
  subject?: string;
  body: string;
  /** Voice: a recording to play instead of reading the body aloud. */
  recordingUrl?: string;
}

/** What the provider said when handed a message; receipts later move the status on. */
export type SendResult =
  | { status: 'queued' | 'sent' | 'delivered'; providerMessageId: string; providerStatus?: string }
  /** Refused for good (an unknown mailbox, an invalid number): the next fallback channel is tried. */
  | { status: 'failed' | 'bounced'; providerMessageId?: string; providerStatus: string; error: string };

/**
 * Thrown by `send` for trouble after which the provider certainly does not have the message (a rate
 * limit, refused credentials, an SMTP 4xx reply, nothing listening): the retried activity sends it.
 * Any other error leaves open whether the message went out, so the retry does not send it again.
 */
export class MessageNotTakenError extends Error {
  override name = 'MessageNotTakenError';
}

/** A way to reach customers on one or more channels. One small module per provider. */
export interface ChannelProvider {
  id: string;
  channels: readonly Channel[];
  /**
   * Whether a second send with the same idempotency key is dropped by the provider. When it is not,
   * a send that may have gone out before a crash is never repeated (at most once beats twice).
   */
  deduplicates: boolean;
  /** Whether delivery receipts follow a send: only then is waiting for one worth it. */
  sendsReceipts: boolean;
  /** Transient trouble (network, 5xx, 4xx SMTP replies) throws, and the activity is retried (see MessageNotTakenError). */
  send(message: OutgoingMessage): Promise<SendResult>;
  /**
   * The id the provider will give this message, where it is known before the call (SMTP: the
   * Message-ID Kairos sets). Recorded before the call, so a report about a message whose send was
   * never booked (the worker stopped in between) still settles its attempt.
   */
  messageIdFor?(message: OutgoingMessage): string;
}

/** Which provider serves a channel for an account's portfolio. */
export interface ChannelRouter {
  providerFor(portfolioId: string, channel: Channel): Promise<{ provider: ChannelProvider; receiptWaitMs: number } | undefined>;
}

/** A router with the same providers for every portfolio (by preference: the first that serves a channel). */
export function createChannelRouter(providers: readonly ChannelProvider[], opts: { receiptWaitMs?: number } = {}): ChannelRouter {
  const byChannel = new Map<Channel, ChannelProvider>();
  for (const p of providers) for (const c of p.channels) if (!byChannel.has(c)) byChannel.set(c, p);
  return {
    providerFor: async (_portfolio, channel) => {
      const provider = byChannel.get(channel);
      return provider ? { provider, receiptWaitMs: opts.receiptWaitMs ?? DEFAULT_RECEIPT_WAIT_MS } : undefined;
    },
  };
}

/** How long a send that has a fallback waits for the delivery receipt before it counts as delivered. */
export const DEFAULT_RECEIPT_WAIT_MS = 30_000;
