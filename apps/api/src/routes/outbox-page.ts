// The sandbox outbox page and its buttons. Signed in with the session cookie of the web app (same
// origin); changes need a trusted Origin, as every signed-in change does.
import { Hono } from 'hono';
import { z } from 'zod';
import { safeText } from '@kairos/input';
import { getContactAttemptByKey, getOutboxMessage, listOutbox } from '@kairos/db';
import { sessionOf } from '../auth/session';
import { DESIGN_READERS } from '../auth/access';
import { readerScope } from '../auth/reader-scope';
import type { RouteDeps } from '../deps';
import { outboxPage } from '../pages/outbox-page';
import { page } from '../pages/checkout-page';
import type { AppEnv } from '../router';
import { repliable, simulateReceipt, simulateReply } from '../sandbox-actions';
import { html } from 'hono/html';

const ACTORS = new Set(['strategist', 'engineer', 'admin']);
const HEADERS = { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'", 'cache-control': 'no-store' };

export function outboxPageRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const refuse = async (status: 401 | 403, message: string) => ({ status, body: await page('Sandbox outbox', html`<h1>Sandbox outbox</h1><p class="warn" role="alert">${message}</p>`) });

  app.get('/sandbox/outbox', async (c) => {
    const user = await sessionOf(c);
    if (!user) {
      const r = await refuse(401, 'Sign in first (in the web app, or POST /api/v1/auth/sign-in), then open this page again.');
      return c.html(r.body, r.status, HEADERS);
    }
    if (!DESIGN_READERS.includes(user.role)) {
      const r = await refuse(403, `Your role (${user.role}) may not read the outbox.`);
      return c.html(r.body, r.status, HEADERS);
    }
    const accountId = c.req.query('accountId')?.trim() || undefined;
    const messages = await listOutbox(deps.db, { ...(accountId ? { accountId } : {}), limit: 50 }, await readerScope(c, deps.db));
    const rows = await Promise.all(messages.map(async (message) => ({ message, attempt: await getContactAttemptByKey(deps.db, message.idempotencyKey) })));
    const done = c.req.query('done');
    return c.html(await outboxPage({ rows, ...(accountId ? { accountId } : {}), canAct: ACTORS.has(user.role), ...(done ? { notice: done } : {}) }), 200, HEADERS);
  });

  app.post('/sandbox/outbox/:id/:action{receipt|reply}', async (c) => {
    const user = await sessionOf(c);
    if (!user || !ACTORS.has(user.role)) {
      const r = await refuse(user ? 403 : 401, user ? `Your role (${user.role}) may not act on sandbox messages.` : 'Sign in first.');
      return c.html(r.body, r.status, HEADERS);
    }
    const message = await getOutboxMessage(deps.db, c.req.param('id'), await readerScope(c, deps.db));
    if (!message) return c.html(await page('Sandbox outbox', html`<h1>No such message</h1><p><a href="/sandbox/outbox">Back to the outbox</a></p>`), 404, HEADERS);
    const form = await c.req.parseBody();
    let done: string;
    if (c.req.param('action') === 'receipt') {
      const status = z.enum(['delivered', 'failed', 'bounced']).safeParse(form.status);
      if (!status.success) return c.text('status must be delivered, failed or bounced', 400);
      const r = await simulateReceipt(deps, message, { status: status.data, by: user.id });
      done = `Receipt "${status.data}" recorded: the contact attempt is ${r.status ?? 'not booked yet'}.`;
    } else {
      const text = safeText({ multiline: true }).trim().min(1).max(5000).safeParse(form.text);
      if (!text.success || !repliable(message)) return c.text('a reply needs a text, on a text, WhatsApp or email message', 400);
      const r = await simulateReply(deps, message, text.data);
      done = r.keyword ? `Reply "${text.data}" stored: ${r.keyword} applied to ${r.accounts.join(', ') || 'no account'}.` : `Reply stored for ${r.accounts.join(', ') || 'no account'}.`;
    }
    return c.redirect(`/sandbox/outbox?accountId=${encodeURIComponent(message.accountId)}&done=${encodeURIComponent(done)}`, 303);
  });
  return app;
}
