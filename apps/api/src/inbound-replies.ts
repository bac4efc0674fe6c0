// What a customer writes back (a text, a WhatsApp message, a sandbox reply): STOP and its variants
// opt the sender out of that channel at once (audited), START opts back in; every reply is stored as
// a `reply` event of each account at that contact point and signalled to their running cadences.
import { accountsAtContact, applyChannelOptOut, storeAccountEvent } from '@kairos/db';
import type { RouteDeps } from './deps';
import { deliverAccountEvent } from './event-delivery';
import { keywordOf, type Keyword } from './webhooks/opt-out-keywords';

export interface InboundText {
  provider: string;
  portfolioId?: string;
  channel: 'sms' | 'whatsapp' | 'email';
  /** A phone number (E.164), or an email address for email. */
  from: string;
  text: string;
  /** The provider's id of the inbound message: a redelivered webhook is stored once. */
  messageId: string;
  receivedAt: Date;
}

export async function receiveInboundText(deps: Pick<RouteDeps, 'db' | 'runtime' | 'notices'>, m: InboundText): Promise<{ keyword: Keyword; accountIds: string[] }> {
  const keyword = keywordOf(m.text);
  const contact = m.channel === 'email' ? { email: m.from } : { phone: m.from };
  if (keyword) {
    await applyChannelOptOut(deps.db, {
      contact,
      ...(m.portfolioId ? { portfolioId: m.portfolioId } : {}),
      channel: m.channel,
      optIn: keyword.kind === 'opt_in',
      source: `provider:${m.provider}`,
      detail: { keyword: keyword.keyword, messageId: m.messageId },
    });
  }
  const accounts = await accountsAtContact(deps.db, contact, m.portfolioId);
  for (const { id } of accounts) {
    const { event, duplicate } = await storeAccountEvent(deps.db, {
      source: m.provider,
      accountId: id,
      event: { type: 'reply', eventId: `${m.messageId}:${id}`, occurredAt: m.receivedAt.toISOString(), channel: m.channel, text: m.text.slice(0, 5000) },
    });
    // Stored first: if Temporal is away, the sweep delivers it later.
    if (!duplicate || event.signalledAt === null) await deliverAccountEvent(deps, event).catch(() => undefined);
  }
  return { keyword, accountIds: accounts.map((a) => a.id) };
}
