// Bounce and complaint reports for email sent over SMTP (from the mail system's bounce processor),
// HMAC-signed like the generic payment webhook. A bounce fails the contact attempt (a step with a
// fallback then tries it); a complaint also opts the address out of email.
import { z } from '@hono/zod-openapi';
import { applyChannelOptOut, recordDeliveryReceipt } from '@kairos/db';
import { portfolioSecrets } from '../portfolio-secrets';
import type { RouteDeps } from '../deps';
import { fieldIssues } from '../errors';
import { newRouter } from '../router';
import { json } from '../schemas';
import { invalidSignature, signedRoute } from '../webhooks/signed-route';
import { verifyTimestampedSignature } from '../webhooks/stripe-signature';

const params = z.object({ portfolioId: z.string().openapi({ param: { name: 'portfolioId', in: 'path' }, example: 'default' }) });
export const emailReportSchema = z.object({
  eventId: z.string().min(1).max(200),
  /** The Message-ID Kairos gave the email (the contact attempt's provider message id). */
  messageId: z.string().min(1).max(300),
  status: z.enum(['delivered', 'bounced', 'complained']),
  recipient: z.email().optional(),
  reason: z.string().max(500).optional(),
});

export function emailWebhookRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    signedRoute('kairos-signature', {
      method: 'post',
      path: '/webhooks/email/{portfolioId}',
      tags: ['Webhooks'],
      summary: 'Email delivery, bounce and complaint reports: a bounce fails the contact attempt; a complaint opts the address out of email',
      description: 'Body: `{"eventId", "messageId" (the Message-ID Kairos sent), "status": "delivered"|"bounced"|"complained", "recipient"?, "reason"?}`.',
      request: { params },
      responses: { 200: json(z.object({ received: z.boolean(), duplicate: z.boolean(), status: z.string().optional() }), 'Stored and applied'), 400: json(z.object({ error: z.string() }), 'Invalid report') },
    }),
    async (c) => {
      const { portfolioId } = c.req.valid('param');
      const secret = (await portfolioSecrets(deps.db, portfolioId))?.emailWebhookSecret;
      if (!secret) return invalidSignature(c, `portfolio ${portfolioId} has no email webhook secret (PUT /api/v1/portfolios/${portfolioId})`) as never;
      const raw = await c.req.text();
      const check = verifyTimestampedSignature(raw, c.req.header('kairos-signature'), secret, Math.floor(deps.clock().getTime() / 1000));
      if (!check.ok) return invalidSignature(c, check.reason) as never;
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        body = undefined;
      }
      const parsed = emailReportSchema.safeParse(body);
      if (!parsed.success) return c.json({ error: 'invalid_request', message: 'the report is invalid', issues: fieldIssues(parsed.error) }, 400) as never;
      const e = parsed.data;
      if (e.status === 'complained' && e.recipient) {
        await applyChannelOptOut(deps.db, { contact: { email: e.recipient }, portfolioId, channel: 'email', optIn: false, source: 'provider:smtp', detail: { keyword: 'complaint', messageId: e.messageId } });
      }
      const { duplicate, attempt } = await recordDeliveryReceipt(deps.db, {
        provider: 'smtp',
        receiptKey: e.eventId,
        providerMessageId: e.messageId,
        status: e.status === 'delivered' ? 'delivered' : 'bounced',
        providerStatus: e.status,
        ...(e.status !== 'delivered' ? { error: `the email ${e.status}${e.reason ? `: ${e.reason}` : ''}` } : {}),
        payload: e,
      });
      return c.json({ received: true, duplicate, ...(attempt ? { status: attempt.status } : {}) }, 200);
    },
  );
  return r;
}
