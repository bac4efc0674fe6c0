// Bounce and complaint reports for email sent over SMTP, from the mail system's bounce processor,
// HMAC-signed (`Kairos-Signature: t=<unix>,v1=<hex>`) like the generic payment webhook. A bounce fails
// the contact attempt (a step with a fallback then tries it); a complaint also opts the address out.
import { z } from 'zod';
import type { ProviderStatusWebhook } from '../status-webhook';
import { verifyTimestampedSignature } from '../timestamped-signature';

export const emailReportSchema = z.object({
  eventId: z.string().min(1).max(200),
  /** The Message-ID Kairos gave the email (the contact attempt's provider message id). */
  messageId: z.string().min(1).max(300),
  status: z.enum(['delivered', 'bounced', 'complained']),
  recipient: z.email().optional(),
  reason: z.string().max(500).optional(),
});
export type EmailReport = z.infer<typeof emailReportSchema>;

export const emailStatusWebhook: ProviderStatusWebhook = {
  provider: 'smtp',
  secret: 'emailWebhookSecret',
  authenticate: (req, secret) => verifyTimestampedSignature(req.rawBody, req.header('kairos-signature'), secret, req.nowSeconds),
  parse: (req) => {
    let body: unknown;
    try {
      body = JSON.parse(req.rawBody);
    } catch {
      return { invalid: [{ field: '(body)', message: 'the report is not JSON' }] };
    }
    const parsed = emailReportSchema.safeParse(body);
    if (!parsed.success) return { invalid: parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.') || '(body)', message: i.message })) };
    const e = parsed.data;
    return {
      receipt: {
        provider: 'smtp',
        receiptKey: e.eventId,
        providerMessageId: e.messageId,
        status: e.status === 'delivered' ? 'delivered' : 'bounced',
        providerStatus: e.status,
        ...(e.status !== 'delivered' ? { error: `the email ${e.status}${e.reason ? `: ${e.reason}` : ''}` } : {}),
        payload: e,
      },
      ...(e.status === 'complained' && e.recipient ? { optOut: { channel: 'email' as const, contact: { email: e.recipient }, keyword: 'complaint' } } : {}),
    };
  },
};
