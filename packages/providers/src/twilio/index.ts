// Twilio: SMS, voice and WhatsApp over its REST API, with signed status callbacks and inbound messages.
import { z } from 'zod';
import { defineProvider } from '../provider-definition';
import { twilioInboundWebhook } from './twilio-inbound-webhook';
import { createTwilioProvider } from './twilio-provider';
import { twilioStatusWebhook } from './twilio-status-webhook';

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 phone number such as +15551234567');

export const twilioSettingsSchema = z.object({
  accountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must be a Twilio account SID (AC + 32 hex digits)'),
  from: e164.optional(),
  messagingServiceSid: z.string().optional(),
  whatsappFrom: e164.optional(),
  baseUrl: z.url().optional().describe('https://api.twilio.com unless given; another host must be in `outbound.allowedHosts` (the auth token is sent there)'),
});

export const twilioProvider = defineProvider({
  id: 'twilio',
  title: 'Twilio',
  channels: ['sms', 'voice', 'whatsapp'],
  settingsSchema: twilioSettingsSchema,
  secrets: ['twilioAuthToken'],
  // Its REST API and regional edges (api.dublin.ie1.twilio.com, ...).
  defaultAllowedHosts: ['api.twilio.com', '*.twilio.com'],
  destinations: (s) => (s.baseUrl ? [{ field: 'baseUrl', url: s.baseUrl }] : []),
  settingsMissing: (channel) => `${channel} goes through Twilio: give the Twilio settings (accountSid, from)`,
  unconfigured: (channel) => `sends ${channel} through Twilio but has no Twilio account SID or auth token`,
  connect: (settings, secrets, ctx) =>
    settings && secrets.twilioAuthToken
      ? createTwilioProvider({ ...settings, authToken: secrets.twilioAuthToken, statusCallbackUrl: ctx.webhookUrl('twilioStatusCallback') }, ctx.outbound)
      : undefined,
  statusWebhook: {
    ...twilioStatusWebhook,
    route: {
      path: 'twilio/{portfolioId}/status',
      urlName: 'twilioStatusCallback',
      signature: 'twilio-signature',
      summary: 'Twilio status callback (messages and calls): updates the contact attempt; a failure can make the step fall back',
      description: (portfolioNote) =>
        `${portfolioNote} \`?attempt=<idempotency key>\` (set by Kairos on every send) names the attempt whose send was never booked.`,
    },
  },
  inboundWebhook: twilioInboundWebhook,
});
