// The one-click unsubscribe link of a contact attempt: the same link goes into the email's body
// ({{ unsubscribeLink }}) and its List-Unsubscribe header, signed with the API's secret so the API's
// /unsubscribe page can trust it without a lookup.
import type { Channel } from '@kairos/cadence';
import { signUnsubscribeToken, unsubscribeUrl } from '@kairos/compliance/unsubscribe-link';

/** The link for one attempt, or undefined where there is none (other channels, no secret configured). */
export type UnsubscribeLinker = (m: { accountId: string; channel: Channel; idempotencyKey: string }) => string | undefined;

export function createUnsubscribeLinker(secret: string | undefined, publicUrl: string): UnsubscribeLinker {
  if (!secret) return () => undefined;
  return (m) => (m.channel === 'email' ? unsubscribeUrl(publicUrl, signUnsubscribeToken(secret, { accountId: m.accountId, channel: 'email', attemptKey: m.idempotencyKey })) : undefined);
}
