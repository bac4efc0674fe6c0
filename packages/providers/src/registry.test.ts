import { SEND_CHANNELS } from '@kairos/channels';
import { describe, expect, it } from 'vitest';
import type { ProviderDefinition } from './provider-definition';
import { channelProviders, channelRoutingSchema, providerPolicy, providerSettingsIssues, providerWebhookRoutes, providerWebhookUrls } from './registry';

const providers = channelProviders as readonly ProviderDefinition[];

describe('every registered provider', () => {
  it.each(providers.map((p) => [p.id, p] as const))('%s serves known channels, names its receipts after itself and reads only secrets it declares', (_id, p) => {
    expect(p.channels.length).toBeGreaterThan(0);
    for (const channel of p.channels) expect(SEND_CHANNELS).toContain(channel);
    if (p.statusWebhook) {
      expect(p.statusWebhook.provider).toBe(p.id);
      expect(p.secrets).toContain(p.statusWebhook.secret);
    }
  });

  it('publishes each webhook at its own path and URL name', () => {
    const paths = providerWebhookRoutes.map((r) => r.path);
    const names = providerWebhookRoutes.map((r) => r.urlName);
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(names).size).toBe(names.length);
    for (const path of paths) expect(path).toContain('{portfolioId}');
  });
});

describe('a portfolio routing its channels', () => {
  it('gives each provider webhook its URL under the public URL, for the portfolio', () => {
    expect(providerWebhookUrls('https://kairos.example/', 'cards')).toEqual({
      twilioStatusCallback: 'https://kairos.example/api/v1/webhooks/twilio/cards/status',
      twilioInbound: 'https://kairos.example/api/v1/webhooks/twilio/cards/inbound',
      email: 'https://kairos.example/api/v1/webhooks/email/cards',
    });
  });

  it('accepts the sandbox and registered providers for a channel, and nothing else', () => {
    expect(channelRoutingSchema.parse({ sms: 'twilio', email: 'smtp', letter: 'sandbox' })).toEqual({ sms: 'twilio', email: 'smtp', letter: 'sandbox' });
    expect(channelRoutingSchema.safeParse({ sms: 'carrier-pigeon' }).success).toBe(false);
  });

  it('refuses, at the field, a channel its provider does not serve and a provider without its settings', () => {
    const issues = providerSettingsIssues({ channels: { email: 'twilio', sms: 'smtp' } }, providerPolicy(undefined));
    expect(issues).toEqual([
      { path: ['channels', 'email'], message: 'Twilio serves sms, voice and whatsapp only' },
      { path: ['twilio'], message: 'email goes through Twilio: give the Twilio settings (accountSid, from)' },
      { path: ['channels', 'sms'], message: 'SMTP serves email only' },
      { path: ['smtp'], message: 'email goes over SMTP: give the SMTP settings (host, port, from)' },
    ]);
  });

  it("refuses a destination the portfolio's outbound policy does not allow, at the provider's field", () => {
    const issues = providerSettingsIssues(
      { channels: { email: 'smtp' }, smtp: { host: '10.0.0.5', port: 25, secure: false, from: 'a@b.example' } },
      providerPolicy(undefined),
    );
    expect(issues).toEqual([{ path: ['smtp', 'host'], message: expect.any(String) }]);
  });
});
