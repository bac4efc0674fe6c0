// Payment processors call these: Stripe-format events signed with Stripe's scheme, and a generic
// HMAC-signed event for other processors. Unsigned, mis-signed or replayed (too old) requests are
// refused. The portfolio whose secret verified the request is the one the event belongs to: it books
// only on an account of that portfolio, and a duplicate (the same portfolio, processor and event id) is
// stored once and answered 200.
import { z } from '@hono/zod-openapi';
import { safeText } from '@kairos/input';
import type { Context } from 'hono';
import { disputeEventSchema, paymentEventSchema, paymentFailedEventSchema, promiseEventSchema, type AccountEvent } from '@kairos/cadence';
import { findAccountEvent, storePortfolioEvent, type PortfolioSecrets } from '@kairos/db';
import { portfolioSecrets } from '../portfolio-secrets';
import type { RouteDeps } from '../deps';
import { fieldIssues } from '../errors';
import { deliverAccountEvent } from '../event-delivery';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';
import { invalidSignature, signedRoute } from '../webhooks/signed-route';
import { verifyStripeSignature, verifyTimestampedSignature } from '@kairos/providers';
import { fromStripeEvent, stripeEventSchema } from '../webhooks/stripe-events';

const tags = ['Webhooks'];
const params = z.object({ portfolioId: z.string().openapi({ param: { name: 'portfolioId', in: 'path' }, example: 'default' }) });
const answer = z
  .object({ received: z.boolean(), duplicate: z.boolean().optional(), eventId: z.string().optional(), signalled: z.boolean().optional(), ignored: z.string().optional() })
  .openapi('WebhookReceipt');

/** The generic processor event: an account event plus its account. */
const accountId = safeText().min(1).max(200);
export const processorEventSchema = z.discriminatedUnion('type', [
  paymentEventSchema.omit({ balanceAfterCents: true }).extend({ accountId }),
  paymentFailedEventSchema.omit({ balanceAfterCents: true }).extend({ accountId }),
  promiseEventSchema.extend({ accountId }),
  disputeEventSchema.extend({ accountId }),
]);

const nowSeconds = (deps: RouteDeps) => Math.floor(deps.clock().getTime() / 1000);

async function secretOf(deps: RouteDeps, portfolioId: string, key: keyof PortfolioSecrets): Promise<string | undefined> {
  return (await portfolioSecrets(deps.db, portfolioId))?.[key];
}

/**
 * Store, then deliver: a failed delivery still answers 200 (stored), and the sweep retries it.
 * `portfolioId` signed the request: an account outside it is answered as one that does not exist.
 */
async function ingest(deps: RouteDeps, c: Context, signed: { portfolioId: string; processor: string }, accountId: string, event: AccountEvent) {
  const stored = await storePortfolioEvent(deps.db, { portfolioId: signed.portfolioId, source: signed.processor, accountId, event });
  if ('notInPortfolio' in stored) {
    const p = signed.portfolioId;
    return c.json(
      { error: 'not_found', message: `no account ${accountId} in portfolio ${p}: nothing was stored. Create it there with PUT /api/v1/accounts/${accountId} ("portfolioId": "${p}"), or send the event to the webhook of the portfolio it belongs to (the processor retries)` },
      404,
    );
  }
  if (stored.duplicate && stored.event.signalledAt !== null) return c.json({ received: true, duplicate: true, eventId: event.eventId, signalled: true }, 200);
  const delivery = await deliverAccountEvent(deps, stored.event).catch(() => ({ delivered: false }));
  return c.json({ received: true, duplicate: stored.duplicate, eventId: event.eventId, signalled: delivery.delivered }, 200);
}

/**
 * The signed JSON body of a processor's request, read against `schema`, or the answer that refuses it:
 * 401 without the portfolio's secret or with a bad signature, 400 naming the fields at fault.
 */
async function signedJsonBody<T extends z.ZodType>(
  deps: RouteDeps,
  c: Context,
  o: { portfolioId: string; secret: keyof PortfolioSecrets; secretName: string; header: string; verify: typeof verifyTimestampedSignature; schema: T; notThis: string },
): Promise<{ data: z.infer<T> } | { refused: Response }> {
  const secret = await secretOf(deps, o.portfolioId, o.secret);
  if (!secret) return { refused: invalidSignature(c, `portfolio ${o.portfolioId} has no ${o.secretName} (PUT /api/v1/portfolios/${o.portfolioId})`) };
  const raw = await c.req.text();
  const check = o.verify(raw, c.req.header(o.header), secret, nowSeconds(deps));
  if (!check.ok) return { refused: invalidSignature(c, check.reason) };
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return { refused: c.json({ error: 'invalid_request', message: 'the body is not valid JSON', issues: [{ field: '(body)', message: 'not JSON' }] }, 400) };
  }
  const parsed = o.schema.safeParse(body);
  if (!parsed.success) return { refused: c.json({ error: 'invalid_request', message: o.notThis, issues: fieldIssues(parsed.error) }, 400) };
  return { data: parsed.data };
}

export function paymentWebhookRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    signedRoute('stripe-signature', {
      method: 'post',
      path: '/webhooks/stripe/{portfolioId}',
      tags,
      summary: 'Stripe events: payment_intent.succeeded (a payment), payment_intent.payment_failed, charge.dispute.created (a payment taken back)',
      description: 'Kairos reads the account from the PaymentIntent metadata `kairos_account_id` (and `kairos_offer_id`); it must be an account of this portfolio. Other event types are acknowledged and ignored.',
      request: { params },
      responses: { 200: json(answer, 'Stored (or a duplicate), or ignored'), 400: json(answer, 'Not a Stripe event'), 404: errorResponse('No such account in this portfolio: nothing stored (Stripe retries)') },
    }),
    async (c) => {
      const { portfolioId } = c.req.valid('param');
      const signed = await signedJsonBody(deps, c, {
        portfolioId, secret: 'stripeWebhookSecret', secretName: 'Stripe webhook secret', header: 'stripe-signature', verify: verifyStripeSignature, schema: stripeEventSchema, notThis: 'not a Stripe event',
      });
      if ('refused' in signed) return signed.refused as never;
      const mapped = fromStripeEvent(signed.data);
      if ('ignored' in mapped) return c.json({ received: false, ignored: mapped.ignored }, 200);
      let accountId: string;
      if ('accountOfPayment' in mapped) {
        // Only a payment this portfolio booked: a chargeback never reaches another portfolio's account.
        const payment = await findAccountEvent(deps.db, { portfolioId, source: 'stripe', eventId: mapped.accountOfPayment });
        if (!payment) return c.json({ received: false, ignored: `no payment ${mapped.accountOfPayment} was booked through Stripe in portfolio ${portfolioId}` }, 200);
        accountId = payment.accountId;
      } else accountId = mapped.accountId;
      return ingest(deps, c, { portfolioId, processor: 'stripe' }, accountId, mapped.event) as never;
    },
  );
  r.openapi(
    signedRoute('kairos-signature', {
      method: 'post',
      path: '/webhooks/payments/{portfolioId}',
      tags,
      summary: 'A payment, failed or returned payment, promise or dispute from any processor, HMAC-signed',
      description:
        'Body: an account event with its `accountId`, e.g. `{"type":"payment","eventId":"tx-81","accountId":"A-1","occurredAt":"2026-11-24T12:00:00Z","amountCents":5000}`; ' +
        '`payment_failed` with `returnedEventId` takes a booked payment back. `accountId` must be an account of this portfolio. Stored once per (portfolio, eventId).',
      request: { params },
      responses: { 200: json(answer, 'Stored (or a duplicate)'), 400: json(answer, 'Invalid event: the issues name each field'), 404: errorResponse('No such account in this portfolio: nothing stored') },
    }),
    async (c) => {
      const { portfolioId } = c.req.valid('param');
      const signed = await signedJsonBody(deps, c, {
        portfolioId, secret: 'paymentsWebhookSecret', secretName: 'payments webhook secret', header: 'kairos-signature', verify: verifyTimestampedSignature, schema: processorEventSchema, notThis: 'the event is invalid',
      });
      if ('refused' in signed) return signed.refused as never;
      const { accountId, ...event } = signed.data;
      return ingest(deps, c, { portfolioId, processor: 'payments' }, accountId, event) as never;
    },
  );
  return r;
}
