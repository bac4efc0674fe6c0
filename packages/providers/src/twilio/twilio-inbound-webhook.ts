// Twilio's inbound messages (SMS and WhatsApp replies, STOP): signed as its status callbacks are, and
// answered in TwiML, which confirms an opt-out or an opt-in once (CTIA: one confirmation).
import type { InboundEffect, ProviderInboundWebhook } from '../provider-definition';
import { twilioForm, twilioStatusWebhook } from './twilio-status-webhook';

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch]!);
const twiml = (message?: string) => ({
  body: `<?xml version="1.0" encoding="UTF-8"?><Response>${message ? `<Message>${escapeXml(message)}</Message>` : ''}</Response>`,
  contentType: 'text/xml; charset=utf-8',
});

const CONFIRMATION: Partial<Record<InboundEffect, string>> = {
  opt_out: 'You are unsubscribed and will receive no more messages from us on this number. Reply START to resubscribe.',
  opt_in: 'You are resubscribed. Reply STOP to opt out.',
};

export const twilioInboundWebhook: ProviderInboundWebhook = {
  route: {
    path: 'twilio/{portfolioId}/inbound',
    urlName: 'twilioInbound',
    signature: 'twilio-signature',
    summary: 'Twilio inbound message (SMS or WhatsApp): STOP and its variants opt the sender out of that channel at once; START opts back in',
    description: () =>
      'Answers TwiML: a confirmation for an opt-out or opt-in, nothing otherwise. Every reply reaches running cadences as a `reply` event. ' +
      'Each message is kept once per MessageSid in the consent ledger: a message received before (a retry or a replay) is answered 200 and does nothing, whatever it says.',
  },
  secretTitle: 'Twilio auth token',
  authenticate: twilioStatusWebhook.authenticate,
  parse(req) {
    const f = twilioForm(req);
    // The MessageSid is what tells a new message from a replay (the signature carries no time): without one, nothing is done.
    const messageId = f.MessageSid ?? f.SmsSid;
    if (!messageId || !f.From) {
      const invalid = [
        ...(messageId ? [] : [{ field: 'MessageSid', message: 'required: the id Twilio gives every inbound message' }]),
        ...(f.From ? [] : [{ field: 'From', message: 'required: the sender' }]),
      ];
      return { invalid, message: 'not a Twilio inbound message: nothing was done' };
    }
    return {
      inbound: {
        channel: f.From.startsWith('whatsapp:') ? 'whatsapp' : 'sms',
        from: f.From.replace(/^whatsapp:/, ''),
        ...(f.To ? { to: f.To.replace(/^whatsapp:/, '') } : {}),
        text: f.Body ?? '',
        messageId,
      },
    };
  },
  // A replay was answered the first time: nothing to confirm twice.
  answer: (effect) => twiml(CONFIRMATION[effect]),
  answers: { mediaType: 'text/xml', description: 'TwiML', invalid: 'No MessageSid or From: nothing was done' },
};
