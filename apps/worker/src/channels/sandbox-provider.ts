import { DEFAULT_PORTFOLIO_ID, getAccount, recordDeliveryReceipt, writeSandboxOutbox, type KairosDb } from '@kairos/db';
import { channelSchema } from '@kairos/cadence';
import type { ChannelProvider, SandboxSettings } from '@kairos/providers';

/**
 * The embedded product's provider: "sends" by writing to the outbox table, once per idempotency key.
 * It can simulate delivery and failures; replies and later receipts come from the outbox API.
 */
export function createSandboxProvider(db: KairosDb, settings: SandboxSettings = {}): ChannelProvider {
  const fails = new Set(settings.failRecipients ?? []);
  const bounces = new Set(settings.bounceRecipients ?? []);
  return {
    id: 'sandbox',
    channels: channelSchema.options,
    deduplicates: true,
    sendsReceipts: Boolean(settings.receipts || settings.deliver || fails.size || bounces.size),
    async send(m) {
      const { message } = await writeSandboxOutbox(db, {
        idempotencyKey: m.idempotencyKey,
        accountId: m.accountId,
        channel: m.channel,
        recipient: m.recipient,
        ...(m.subject !== undefined ? { subject: m.subject } : {}),
        body: m.body,
      });
      const providerMessageId = `sandbox-${message.id}`;
      const outcome = bounces.has(m.recipient) ? 'bounced' : fails.has(m.recipient) ? 'failed' : settings.deliver ? 'delivered' : undefined;
      if (outcome) {
        // Stored as a receipt before the send is booked: the booking applies it (as with a fast real provider).
        // It belongs to the portfolio of the message's account, the only one whose receipts the booking applies.
        await recordDeliveryReceipt(db, {
          portfolioId: (await getAccount(db, m.accountId))?.portfolioId ?? DEFAULT_PORTFOLIO_ID,
          provider: 'sandbox',
          receiptKey: `${providerMessageId}:${outcome}`,
          providerMessageId,
          status: outcome,
          providerStatus: outcome,
          ...(outcome === 'delivered' ? {} : { error: `sandbox: ${m.recipient} is set to ${outcome === 'bounced' ? 'bounce' : 'fail'}` }),
          payload: { simulated: true },
        });
      }
      return { status: 'sent', providerMessageId };
    },
  };
}
