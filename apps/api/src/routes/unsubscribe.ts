// One-click unsubscribe (RFC 8058) behind the link in every email: GET shows a confirmation button,
// POST (the button, or a mail client's "Unsubscribe" sending List-Unsubscribe=One-Click) opts the
// address out of email at once, audited as a texted STOP is. Public: the signed token is the key.
import { Hono, type Context } from 'hono';
import { applyChannelOptOut, getAccount } from '@kairos/db';
import { verifyUnsubscribeToken, type UnsubscribeClaims } from '@kairos/compliance/unsubscribe-link';
import type { RouteDeps } from '../deps';
import { confirmView, doneView, refusedView } from '../pages/unsubscribe-page';

const HEADERS = { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'", 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' };

export function unsubscribeRoutes(deps: RouteDeps): Hono {
  const app = new Hono();

  /** The account a valid token names, or the page that says why not. */
  async function resolve(c: Context): Promise<{ claims: UnsubscribeClaims; account: NonNullable<Awaited<ReturnType<typeof getAccount>>> } | Response> {
    const check = verifyUnsubscribeToken(deps.auth.secret, c.req.param('token') ?? '');
    if (!check.ok) return c.html(await refusedView(check.message), check.reason === 'forged' ? 403 : 400, HEADERS);
    const account = await getAccount(deps.db, check.claims.accountId);
    if (!account) return c.html(await refusedView('we no longer hold the account this link was sent about, so no more emails about it will come'), 404, HEADERS);
    return { claims: check.claims, account };
  }

  app.get('/unsubscribe/:token', async (c) => {
    const found = await resolve(c);
    if (found instanceof Response) return found;
    if (found.account.compliance.optOuts.includes('email')) return c.html(await doneView(found.account.email ?? null, true), 200, HEADERS);
    return c.html(await confirmView(c.req.param('token'), found.account.email ?? null), 200, HEADERS);
  });

  app.post('/unsubscribe/:token', async (c) => {
    const found = await resolve(c);
    if (found instanceof Response) return found;
    const { claims, account } = found;
    // Like STOP: everyone reached at that address in the portfolio stops getting email; without an address on file, the account itself.
    const changed = await applyChannelOptOut(deps.db, {
      contact: account.email ? { email: account.email } : { accountId: account.id },
      ...(account.portfolioId ? { portfolioId: account.portfolioId } : {}),
      channel: 'email',
      optIn: false,
      source: 'unsubscribe-link',
      detail: { linkAccountId: claims.accountId, ...(claims.attemptKey ? { attemptKey: claims.attemptKey } : {}) },
    });
    return c.html(await doneView(account.email ?? null, changed.length === 0), 200, HEADERS);
  });

  return app;
}
