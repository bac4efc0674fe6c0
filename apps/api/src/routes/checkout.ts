// The sandbox checkout behind payment links: `/pay/<token>` shows the offer (link, settlement discount,
// plan), takes a payment (full or partial; card or bank transfer), or accepts a plan. What it takes is
// stored as an account event exactly as a processor webhook would be, then delivered to the cadences.
import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { DEFAULT_PORTFOLIO_ID, getAccount, getPaymentOfferByToken, listPlanInstallments, portfolioCollector, storeAccountEvent, type PaymentOfferRow } from '@kairos/db';
import { checkoutPage, goneView, page } from '../pages/checkout-page';
import { sandboxCardVerdict } from '../pages/sandbox-card';
import type { RouteDeps } from '../deps';
import { deliverAccountEvent } from '../event-delivery';
import { html } from 'hono/html';
import { accountLastFour } from '@kairos/cadence/templates';

const payForm = z.object({
  attempt: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  amount: z.string().regex(/^\d+(\.\d{1,2})?$/, 'enter an amount such as 25.00'),
  method: z.enum(['card', 'bank']),
  card: z.string().optional(),
  bank: z.string().optional(),
});

const SECURITY_HEADERS = { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'", 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' };

export function checkoutRoutes(deps: RouteDeps): Hono {
  const app = new Hono();
  const load = async (token: string) => {
    const offer = await getPaymentOfferByToken(deps.db, token);
    const account = offer ? await getAccount(deps.db, offer.accountId) : null;
    if (!offer || !account) return null;
    // Who collects is the account's portfolio's identity; a page without one leaves the block out rather than invent it.
    const read = await portfolioCollector(deps.db, account.portfolioId ?? DEFAULT_PORTFOLIO_ID);
    return { offer, account, collector: 'identity' in read ? read.identity : undefined };
  };
  type Found = NonNullable<Awaited<ReturnType<typeof load>>>;
  const render = async (c: Context, { offer, account, collector }: Found, status: 200 | 400, result?: Parameters<typeof checkoutPage>[0]['result']) => {
    const schedule = (await listPlanInstallments(deps.db, account.id)).filter((i) => i.offerId === offer.id);
    const view = {
      token: offer.token, offer, schedule, collector, attempt: randomBytes(18).toString('base64url'),
      account: { firstName: account.name.split(/\s+/)[0] ?? account.name, lastFour: accountLastFour(account), balanceCents: account.balanceCents, currency: account.currency, state: account.attributes.state },
      ...(result ? { result } : {}),
    };
    return c.html(await checkoutPage(view), status, SECURITY_HEADERS);
  };
  const expired = (offer: PaymentOfferRow) => offer.status === 'open' && offer.expiresAt.getTime() < deps.clock().getTime();

  app.get('/pay/:token', async (c) => {
    const found = await load(c.req.param('token'));
    if (!found) return c.html(await page('Not found', html`<h1>We do not know this link</h1><p>Check the link in your message, or call the number in it.</p>`), 404, SECURITY_HEADERS);
    if (expired(found.offer)) return c.html(await goneView(`This offer expired on ${found.offer.expiresAt.toISOString().slice(0, 10)}.`, found.collector), 410, SECURITY_HEADERS);
    const q = c.req.query();
    const result =
      q.result === 'paid' ? ({ kind: 'paid', amountCents: Number(q.amount ?? 0), balanceCents: found.account.balanceCents } as const)
      : q.result === 'plan' ? ({ kind: 'plan_accepted' } as const)
      : undefined;
    return render(c, found, 200, result);
  });

  app.post('/pay/:token/pay', async (c) => {
    const found = await load(c.req.param('token'));
    if (!found) return c.text('not found', 404);
    const { offer, account } = found;
    if (expired(offer) || offer.status === 'broken') return c.html(await goneView('This offer is no longer open.', found.collector), 410, SECURITY_HEADERS);
    const form = payForm.safeParse(await c.req.parseBody());
    if (!form.success) {
      const issue = form.error.issues[0]!;
      return render(c, found, 200, { kind: 'invalid', message: `${String(issue.path[0] ?? 'form')}: ${issue.message}` });
    }
    const f = form.data;
    const amountCents = Math.round(Number(f.amount) * 100);
    if (amountCents < 100 || amountCents > account.balanceCents) {
      return render(c, found, 200, { kind: 'invalid', message: `amount: pay between ${(1).toFixed(2)} and ${(account.balanceCents / 100).toFixed(2)}` });
    }
    const verdict = f.method === 'card' ? sandboxCardVerdict(f.card ?? '') : /^\d{6,17}$/.test((f.bank ?? '').trim()) ? { ok: true as const } : { ok: false as const, reason: 'the bank account number is not complete' };
    const occurredAt = deps.clock().toISOString();
    const eventId = `checkout-${f.attempt}`;
    const event = verdict.ok
      ? ({ type: 'payment', eventId, occurredAt, amountCents, offerId: offer.id } as const)
      : ({ type: 'payment_failed', eventId, occurredAt, amountCents, offerId: offer.id, reason: verdict.reason } as const);
    const stored = await storeAccountEvent(deps.db, { source: 'checkout', accountId: account.id, event });
    if (!stored.duplicate || stored.event.signalledAt === null) await deliverAccountEvent(deps, stored.event).catch(() => undefined);
    if (stored.event.type === 'payment_failed') {
      // 200: the form was handled, its outcome is a declined payment (browsers log 4xx pages as errors).
      return render(c, found, 200, { kind: 'declined', reason: String(stored.event.payload.reason ?? 'the payment was declined') });
    }
    return c.redirect(`/pay/${offer.token}?result=paid&amount=${Number(stored.event.payload.amountCents)}`, 303);
  });

  app.post('/pay/:token/accept-plan', async (c) => {
    const found = await load(c.req.param('token'));
    if (!found) return c.text('not found', 404);
    const { offer, account } = found;
    if (offer.kind !== 'plan') return render(c, found, 400, { kind: 'invalid', message: 'this link is not a plan offer' });
    if (expired(offer)) return c.html(await goneView('This plan offer expired.', found.collector), 410, SECURITY_HEADERS);
    const stored = await storeAccountEvent(deps.db, {
      source: 'checkout',
      accountId: account.id,
      event: { type: 'plan_accepted', eventId: `checkout-accept-${offer.id}`, occurredAt: deps.clock().toISOString(), planId: offer.id, installments: offer.installments ?? 1 },
    });
    if (!stored.duplicate || stored.event.signalledAt === null) await deliverAccountEvent(deps, stored.event).catch(() => undefined);
    return c.redirect(`/pay/${offer.token}?result=plan`, 303);
  });
  return app;
}
