// What a carrier or a customer does to a sandbox message, on demand: the JSON routes and the outbox
// page both come here, and from here through the same paths as real providers' webhooks.
import { DEFAULT_PORTFOLIO_ID, getAccount, recordDeliveryReceipt, type OutboxRow } from '@kairos/db';
import type { RouteDeps } from './deps';
import { receiveInboundText } from './inbound-replies';

/** The portfolio a sandbox message went out for (its account's), as a real provider's webhook URL names it. */
const portfolioOf = async (deps: RouteDeps, message: OutboxRow) => (await getAccount(deps.db, message.accountId))?.portfolioId ?? DEFAULT_PORTFOLIO_ID;

export async function simulateReceipt(deps: RouteDeps, message: OutboxRow, r: { status: 'delivered' | 'failed' | 'bounced'; error?: string; by: string }) {
  const providerMessageId = `sandbox-${message.id}`;
  const { duplicate, attempt } = await recordDeliveryReceipt(deps.db, {
    portfolioId: await portfolioOf(deps, message),
    provider: 'sandbox',
    receiptKey: `${providerMessageId}:${r.status}`,
    providerMessageId,
    status: r.status,
    providerStatus: r.status,
    ...(r.status !== 'delivered' ? { error: r.error ?? `sandbox: simulated ${r.status}` } : {}),
    payload: { simulatedBy: r.by },
  });
  return { status: attempt?.status ?? null, duplicate };
}

export const repliable = (m: OutboxRow): m is OutboxRow & { channel: 'sms' | 'whatsapp' | 'email' } => m.channel === 'sms' || m.channel === 'whatsapp' || m.channel === 'email';

export async function simulateReply(deps: RouteDeps, message: OutboxRow & { channel: 'sms' | 'whatsapp' | 'email' }, text: string) {
  const now = deps.clock();
  // A reply reaches the portfolio the message went out for, as a real provider's webhook would.
  const { consent, accountIds } = await receiveInboundText(deps, {
    provider: 'sandbox',
    portfolioId: await portfolioOf(deps, message),
    channel: message.channel,
    from: message.recipient,
    text,
    messageId: `reply-${message.id}-${now.getTime()}`,
    receivedAt: now,
  });
  return { keyword: consent.consentEffect === 'none' ? null : consent.keyword, accounts: accountIds };
}
