import { writeSandboxOutbox, type KairosDb } from '@kairos/db';
import type { ChannelProvider } from './provider';

/** The embedded product's provider: "sends" by writing to the outbox table, once per idempotency key. */
export function createSandboxProvider(db: KairosDb): ChannelProvider {
  return {
    id: 'sandbox',
    channels: ['sms', 'email', 'voice', 'whatsapp', 'push', 'letter'],
    async send(m) {
      const { message } = await writeSandboxOutbox(db, {
        idempotencyKey: m.idempotencyKey,
        accountId: m.accountId,
        channel: m.channel,
        recipient: m.recipient,
        ...(m.subject !== undefined ? { subject: m.subject } : {}),
        body: m.body,
      });
      return { providerMessageId: `sandbox-${message.id}` };
    },
  };
}
