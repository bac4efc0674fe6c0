// Bounce and complaint reports for email sent over SMTP (from the mail system's bounce processor),
// HMAC-signed like the generic payment webhook. A bounce fails the contact attempt (a step with a
// fallback then tries it); a complaint also opts the address out of email.
// The report's format and signature belong to the provider (@kairos/providers, emailStatusWebhook).
import { z } from '@hono/zod-openapi';
import { emailStatusWebhook } from '@kairos/providers';
import type { RouteDeps } from '../deps';
import { newRouter } from '../router';
import { json } from '../schemas';
import { receiveStatusWebhook, STATUS_REPORT_PORTFOLIO } from '../webhooks/provider-status';
import { signedRoute } from '../webhooks/signed-route';

const params = z.object({ portfolioId: z.string().openapi({ param: { name: 'portfolioId', in: 'path' }, example: 'default' }) });

export function emailWebhookRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    signedRoute('kairos-signature', {
      method: 'post',
      path: '/webhooks/email/{portfolioId}',
      tags: ['Webhooks'],
      summary: 'Email delivery, bounce and complaint reports: a bounce fails the contact attempt; a complaint opts the address out of email',
      description: `Body: \`{"eventId", "messageId" (the Message-ID Kairos sent), "status": "delivered"|"bounced"|"complained", "recipient"?, "reason"?}\`. ${STATUS_REPORT_PORTFOLIO}`,
      request: { params },
      responses: { 200: json(z.object({ received: z.boolean(), duplicate: z.boolean(), status: z.string().optional() }), 'Stored and applied'), 400: json(z.object({ error: z.string() }), 'Invalid report') },
    }),
    async (c) => receiveStatusWebhook(deps, c, emailStatusWebhook, c.req.valid('param').portfolioId) as never,
  );
  return r;
}
