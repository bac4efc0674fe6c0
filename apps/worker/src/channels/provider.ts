import type { Channel } from '@kairos/cadence';

export interface OutgoingMessage {
  /** Passed to the provider so that a retried send is deduplicated on its side too. */
  idempotencyKey: string;
  accountId: string;
  channel: Channel;
  recipient: string;
  subject?: string;
  body: string;
}

/** A way to reach customers on one or more channels. One small module per provider. */
export interface ChannelProvider {
  id: string;
  channels: readonly Channel[];
  send(message: OutgoingMessage): Promise<{ providerMessageId: string }>;
}

/** Which provider serves which channel (per portfolio in time; one table for now). */
export interface ChannelRouter {
  forChannel(channel: Channel): ChannelProvider | undefined;
}

export function createChannelRouter(providers: readonly ChannelProvider[]): ChannelRouter {
  const byChannel = new Map<Channel, ChannelProvider>();
  for (const p of providers) for (const c of p.channels) if (!byChannel.has(c)) byChannel.set(c, p);
  return { forChannel: (channel) => byChannel.get(channel) };
}
