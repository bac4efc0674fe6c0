// What a customer writes back (a text, a WhatsApp message, a sandbox reply): recorded once in the
// consent ledger with its keyword class, in one transaction with what it does — STOP and its variants
// opt the sender out of that channel at once (audited), START opts back in, and every message is
// stored as a `reply` event of each account at that contact point. Then the replies are signalled to
// their running cadences. A message the ledger already holds is a replay and does nothing.
import { classifyInboundMessage, type InboundConsent } from '@kairos/compliance';
import { receiveInboundMessage } from '@kairos/db';
import type { RouteDeps } from './deps';
import { deliverAccountEvent } from './event-delivery';

export interface InboundText {
  provider: string;
  /** The portfolio whose webhook received it: only its accounts are affected. */
  portfolioId: string;
  channel: 'sms' | 'whatsapp' | 'email';
  /** A phone number (E.164), or an email address for email. */
  from: string;
  /** Where the customer wrote to (our number), when the provider says. */
  to?: string;
  text: string;
  /** The provider's id of the inbound message: a redelivered or replayed webhook does nothing. */
  messageId: string;
  receivedAt: Date;
}

export interface InboundOutcome {
  /** True when the message was received before: nothing was done, and nothing should be said back. */
  duplicate: boolean;
  consent: InboundConsent;
  accountIds: string[];
}

export async function receiveInboundText(deps: Pick<RouteDeps, 'db' | 'runtime' | 'notices'>, m: InboundText): Promise<InboundOutcome> {
  const consent = classifyInboundMessage(m.text);
  const received = await receiveInboundMessage(deps.db, { ...m, to: m.to ?? null, consent });
  const { entry } = received;
  if (received.duplicate) {
    return { duplicate: true, consent: { keywordClass: entry.keywordClass, keyword: entry.keyword, consentEffect: entry.consentEffect }, accountIds: entry.accountIds };
  }
  // Stored first: if Temporal is away, the sweep delivers them later.
  for (const reply of received.replies) await deliverAccountEvent(deps, reply).catch(() => undefined);
  return { duplicate: false, consent, accountIds: entry.accountIds };
}
