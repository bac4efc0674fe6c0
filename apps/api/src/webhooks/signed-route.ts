// Provider callbacks and payment webhooks carry no session: they are authenticated by their
// signatures. `signedRoute` declares one next to its definition, as guardedRoute declares roles:
// the scheme goes into the OpenAPI document (`x-kairos-auth`), where the role matrix test reads it.
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { errorSchema } from '../schemas';

export type SignatureScheme = 'twilio-signature' | 'stripe-signature' | 'kairos-signature';

const SCHEME_TEXT: Record<SignatureScheme, string> = {
  'twilio-signature': 'Signed by Twilio: `X-Twilio-Signature`, HMAC-SHA1 with the portfolio\'s Twilio auth token over the URL and the form parameters.',
  'stripe-signature': 'Signed by Stripe: `Stripe-Signature: t=…,v1=…`, HMAC-SHA256 with the portfolio\'s Stripe webhook signing secret over `<t>.<raw body>`; at most 5 minutes old.',
  'kairos-signature': 'Signed by the sender: `Kairos-Signature: t=…,v1=…`, HMAC-SHA256 with the portfolio\'s webhook secret over `<t>.<raw body>` (Stripe\'s scheme); at most 5 minutes old.',
};

/** A scheme a provider names for its webhook; one the API cannot describe is a programming error, found at start. */
export function signatureScheme(name: string): SignatureScheme {
  if (!(name in SCHEME_TEXT)) throw new Error(`unknown webhook signature scheme "${name}": describe it in signed-route.ts`);
  return name as SignatureScheme;
}

export function signedRoute<R extends RouteConfig>(scheme: SignatureScheme, config: R) {
  return createRoute({
    ...config,
    description: [config.description, SCHEME_TEXT[scheme], 'No session: a request without a valid signature is refused with 401 `invalid_signature`.'].filter(Boolean).join('\n\n'),
    'x-kairos-auth': scheme,
    responses: { 401: { content: { 'application/json': { schema: errorSchema } }, description: 'Unsigned, mis-signed or too old (`invalid_signature`)' }, ...config.responses },
  } as R);
}

export const invalidSignature = (c: Context, reason: string) => c.json({ error: 'invalid_signature', message: `refused: ${reason}` }, 401);
