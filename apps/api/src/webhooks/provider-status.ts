// One handler for every provider's status webhook: the portfolio's secret, the provider's own
// authentication and parsing (from @kairos/providers), then the receipt stored and applied once, bound
// to the portfolio whose secret verified it.
import type { Context } from 'hono';
import { applyChannelOptOut, recordDeliveryReceipt } from '@kairos/db';
import type { ProviderStatusWebhook, ProviderWebhookRequest } from '@kairos/providers';
import type { RouteDeps } from '../deps';
import { portfolioSecrets } from '../portfolio-secrets';
import { invalidSignature } from './signed-route';

/** What every status route's reference says about the portfolio in its path. */
export const STATUS_REPORT_PORTFOLIO =
  'A report is stored for the portfolio in the path (whose secret verified it), once per provider event, and applies only to contact attempts of ' +
  "that portfolio's accounts. A report about any other message (another portfolio's, or one not booked yet) is answered 200 without `status`.";

/** The request as the provider sent it, with the public URL it was given (the one it may sign). */
export async function providerRequest(deps: RouteDeps, c: Context): Promise<ProviderWebhookRequest> {
  return {
    url: `${deps.auth.baseURL.replace(/\/$/, '')}${c.req.path}${new URL(c.req.url).search}`,
    header: (name) => c.req.header(name),
    rawBody: await c.req.text(),
    nowSeconds: Math.floor(deps.clock().getTime() / 1000),
  };
}

export async function receiveStatusWebhook(deps: RouteDeps, c: Context, webhook: ProviderStatusWebhook, portfolioId: string): Promise<Response> {
  const secrets: Partial<Record<string, string>> | null = await portfolioSecrets(deps.db, portfolioId);
  const secret = secrets?.[webhook.secret];
  if (!secret) return invalidSignature(c, `portfolio ${portfolioId} has no ${webhook.secret} to check the signature with (PUT /api/v1/portfolios/${portfolioId})`);
  const req = await providerRequest(deps, c);
  const auth = webhook.authenticate(req, secret);
  if (!auth.ok) return invalidSignature(c, auth.reason);
  const report = webhook.parse(req);
  if ('invalid' in report) return c.json({ error: 'invalid_request', message: 'the report is invalid', issues: report.invalid }, 400);
  if ('ignored' in report) return c.json({ received: false, ignored: report.ignored }, 200);
  if (report.optOut) {
    const o = report.optOut;
    await applyChannelOptOut(deps.db, {
      contact: o.contact,
      portfolioId,
      channel: o.channel,
      optIn: false,
      source: `provider:${webhook.provider}`,
      detail: { keyword: o.keyword, messageId: report.receipt.providerMessageId },
    });
  }
  // Stored for the portfolio that signed it, and applied only to that portfolio's attempts: a report about
  // another portfolio's message is answered as one about a message not booked yet (200, so it is not resent).
  const { duplicate, attempt } = await recordDeliveryReceipt(deps.db, { ...report.receipt, portfolioId });
  return c.json({ received: true, duplicate, ...(attempt ? { status: attempt.status } : {}) }, 200);
}
