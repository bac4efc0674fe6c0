// Each provider as one object with both halves: the sender built from a portfolio's settings and
// secrets, and the status webhook it calls back. The sandbox has no webhook: its receipts and
// replies come from the outbox page and API.
import type { Channel } from '@kairos/cadence';
import type { OutboundClient } from '@kairos/outbound/node';
import type { ChannelProvider } from './provider';
import type { ProviderStatusWebhook } from './status-webhook';
import { emailStatusWebhook } from './email/email-status-webhook';
import { createSmtpProvider, type SmtpSettings } from './email/smtp-provider';
import { createTwilioProvider, type TwilioSettings } from './twilio/twilio-provider';
import { twilioStatusWebhook } from './twilio/twilio-status-webhook';

export interface ProviderProtocol<Settings> {
  id: string;
  channels: readonly Channel[];
  /** A sender for one portfolio's settings (secrets included), reaching out only through its outbound policy. */
  connect(settings: Settings, outbound: OutboundClient): ChannelProvider;
  statusWebhook: ProviderStatusWebhook;
}

export const twilioProtocol: ProviderProtocol<TwilioSettings> = {
  id: 'twilio',
  channels: ['sms', 'voice', 'whatsapp'],
  connect: createTwilioProvider,
  statusWebhook: twilioStatusWebhook,
};

export const smtpProtocol: ProviderProtocol<SmtpSettings> = {
  id: 'smtp',
  channels: ['email'],
  connect: createSmtpProvider,
  statusWebhook: emailStatusWebhook,
};
