// The secret of a one-time link (an invitation or a password reset): 32 random bytes, shown once in
// the link; the database keeps only its sha256, so a copy of the database opens no account.
import { createHash, randomBytes } from 'node:crypto';

/** How long a link works: a day, long enough to pass it on, short enough that a forgotten one dies. */
export const LINK_LIFETIME_MS = 24 * 3_600_000;

export const hashLinkToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A fresh token and the hash to store. */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashLinkToken(token) };
}

/** The web page where the link's person sets their password: `/invite/<token>` or `/reset-password/<token>`. */
export function passwordLinkUrl(publicUrl: string, kind: 'invitation' | 'password_reset', token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/${kind === 'invitation' ? 'invite' : 'reset-password'}/${token}`;
}
