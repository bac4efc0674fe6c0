// Twilio calls these: message and call status callbacks, and inbound messages (replies, STOP).
// Authenticated by X-Twilio-Signature with the portfolio's auth token, never by a session.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { twilioForm, twilioStatusWebhook } from '@kairos/providers';
import type { RouteDeps } from '../deps';
import { receiveInboundText } from '../inbound-replies';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';
import { providerRequest, receiveStatusWebhook, STATUS_REPORT_PORTFOLIO } from '../webhooks/provider-status';
import { invalidSignature, signedRoute } from '../webhooks/signed-route';
import { portfolioSecrets } from '../portfolio-secrets';

const tags = ['Webhooks'];
const params = z.object({ portfolioId: z.string().openapi({ param: { name: 'portfolioId', in: 'path' }, example: 'default' }) });
const receiptAnswer = z.object({ received: z.boolean(), duplicate: z.boolean().optional(), status: z.string().optional(), ignored: z.string().optional() });
// The body (Twilio's form parameters) is read raw, not declared for validation: the signature covers exactly what was sent.

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch]!);
const twiml = (c: Context, message?: string) =>
  c.body(`<?xml version="1.0" encoding="UTF-8"?><Response>${message ? `<Message>${escapeXml(message)}</Message>` : ''}</Response>`, 200, { 'content-type': 'text/xml; charset=utf-8' });

/** The signed form of a Twilio request (Twilio signs inbound messages as it signs status callbacks), or a 401 answer. */
async function signedForm(deps: RouteDeps, c: Context, portfolioId: string): Promise<{ form: Record<string, string> } | { refused: Response }> {
  const token = (await portfolioSecrets(deps.db, portfolioId))?.twilioAuthToken;
  if (!token) return { refused: invalidSignature(c, `portfolio ${portfolioId} has no Twilio auth token to check the signature with (PUT /api/v1/portfolios/${portfolioId})`) };
  const req = await providerRequest(deps, c);
  const check = twilioStatusWebhook.authenticate(req, token);
  return check.ok ? { form: twilioForm(req) } : { refused: invalidSignature(c, check.reason) };
}

export function twilioWebhookRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    signedRoute('twilio-signature', {
      method: 'post',
      path: '/webhooks/twilio/{portfolioId}/status',
      tags,
      summary: 'Twilio status callback (messages and calls): updates the contact attempt; a failure can make the step fall back',
      description: `${STATUS_REPORT_PORTFOLIO} \`?attempt=<idempotency key>\` (set by Kairos on every send) names the attempt whose send was never booked.`,
      request: { params },
      responses: { 200: json(receiptAnswer, 'Stored (or already stored) and applied') },
    }),
    async (c) => receiveStatusWebhook(deps, c, twilioStatusWebhook, c.req.valid('param').portfolioId) as never,
  );
  r.openapi(
    signedRoute('twilio-signature', {
      method: 'post',
      path: '/webhooks/twilio/{portfolioId}/inbound',
      tags,
      summary: 'Twilio inbound message (SMS or WhatsApp): STOP and its variants opt the sender out of that channel at once; START opts back in',
      description:
        'Answers TwiML: a confirmation for an opt-out or opt-in, nothing otherwise. Every reply reaches running cadences as a `reply` event. ' +
        'Each message is kept once per MessageSid in the consent ledger: a message received before (a retry or a replay) is answered 200 and does nothing, whatever it says.',
      request: { params },
      responses: { 200: { content: { 'text/xml': { schema: z.string() } }, description: 'TwiML' }, 400: errorResponse('No MessageSid or From: nothing was done') },
    }),
    async (c) => {
      const portfolioId = c.req.valid('param').portfolioId;
      const signed = await signedForm(deps, c, portfolioId);
      if ('refused' in signed) return signed.refused as never;
      const f = signed.form;
      // The MessageSid is what tells a new message from a replay (the signature carries no time): without one, nothing is done.
      const messageId = f.MessageSid ?? f.SmsSid;
      if (!messageId || !f.From) {
        const issues = [
          ...(messageId ? [] : [{ field: 'MessageSid', message: 'required: the id Twilio gives every inbound message' }]),
          ...(f.From ? [] : [{ field: 'From', message: 'required: the sender' }]),
        ];
        return c.json({ error: 'invalid_request', message: 'not a Twilio inbound message: nothing was done', issues }, 400) as never;
      }
      const whatsapp = f.From.startsWith('whatsapp:');
      const received = await receiveInboundText(deps, {
        provider: 'twilio',
        portfolioId,
        channel: whatsapp ? 'whatsapp' : 'sms',
        from: f.From.replace(/^whatsapp:/, ''),
        ...(f.To ? { to: f.To.replace(/^whatsapp:/, '') } : {}),
        text: f.Body ?? '',
        messageId,
        receivedAt: deps.clock(),
      });
      // A replay was answered the first time: nothing to confirm twice (CTIA: one confirmation).
      if (received.duplicate) return twiml(c) as never;
      if (received.consent.consentEffect === 'opt_out') return twiml(c, 'You are unsubscribed and will receive no more messages from us on this number. Reply START to resubscribe.') as never;
      if (received.consent.consentEffect === 'opt_in') return twiml(c, 'You are resubscribed. Reply STOP to opt out.') as never;
      return twiml(c) as never;
    },
  );
  return r;
}
