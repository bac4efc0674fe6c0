// Twilio's status callbacks: form-encoded, signed with X-Twilio-Signature over the URL and parameters.
import type { ProviderStatusWebhook, ProviderWebhookRequest } from '../status-webhook';
import { CALLBACK_ATTEMPT_PARAM } from './twilio-provider';
import { verifyTwilioSignature } from './twilio-signature';
import { twilioReceipt } from './twilio-status';

/** Twilio's form parameters (the signature covers exactly these). */
export const twilioForm = (req: Pick<ProviderWebhookRequest, 'rawBody'>): Record<string, string> => Object.fromEntries(new URLSearchParams(req.rawBody));

export const twilioStatusWebhook: ProviderStatusWebhook = {
  provider: 'twilio',
  secret: 'twilioAuthToken',
  authenticate: (req, authToken) => verifyTwilioSignature(authToken, req.url, twilioForm(req), req.header('x-twilio-signature')),
  parse: (req) => {
    const receipt = twilioReceipt(twilioForm(req));
    if ('ignored' in receipt) return receipt;
    // The URL is covered by the signature: the attempt it names is the one Kairos gave this message.
    const attempt = new URL(req.url).searchParams.get(CALLBACK_ATTEMPT_PARAM);
    return { receipt: { ...receipt, ...(attempt ? { idempotencyKey: attempt } : {}) } };
  },
};
