// Email over SMTP, with bounce and complaint reports from the mail system's bounce processor.
import { z } from 'zod';
import { defineProvider } from '../provider-definition';
import { emailStatusWebhook } from './email-status-webhook';
import { createSmtpProvider } from './smtp-provider';

export const smtpSettingsSchema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean().default(false),
  user: z.string().optional(),
  from: z.string().min(3),
});

export const smtpProvider = defineProvider({
  id: 'smtp',
  title: 'SMTP',
  channels: ['email'],
  settingsSchema: smtpSettingsSchema,
  secrets: ['smtpPassword', 'emailWebhookSecret'],
  // The mail server is the portfolio's own: an admin allows its host.
  defaultAllowedHosts: [],
  destinations: (s) => [{ field: 'host', host: s.host }],
  settingsMissing: () => 'email goes over SMTP: give the SMTP settings (host, port, from)',
  unconfigured: () => 'sends email over SMTP but has no SMTP settings',
  connect: (settings, secrets, ctx) =>
    settings
      ? createSmtpProvider(
          {
            ...settings,
            ...(secrets.smtpPassword ? { password: secrets.smtpPassword } : {}),
            // RFC 8058 one-click unsubscribe: mail clients show an "Unsubscribe" button that POSTs to the link.
            ...(ctx.unsubscribeUrl ? { unsubscribeUrl: ctx.unsubscribeUrl } : {}),
          },
          ctx.outbound,
        )
      : undefined,
  statusWebhook: {
    ...emailStatusWebhook,
    route: {
      path: 'email/{portfolioId}',
      urlName: 'email',
      signature: 'kairos-signature',
      summary: 'Email delivery, bounce and complaint reports: a bounce fails the contact attempt; a complaint opts the address out of email',
      description: (portfolioNote) =>
        `Body: \`{"eventId", "messageId" (the Message-ID Kairos sent), "status": "delivered"|"bounced"|"complained", "recipient"?, "reason"?}\`. ${portfolioNote}`,
    },
  },
});
