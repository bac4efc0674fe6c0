import { describe, expect, it } from 'vitest';
import { signUnsubscribeToken, unsubscribeUrl, verifyUnsubscribeToken } from './unsubscribe-link';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('unsubscribe links', () => {
  it('reads back the account, channel and attempt a token was signed for', () => {
    const token = signUnsubscribeToken(SECRET, { accountId: 'ACC-1', channel: 'email', attemptKey: 'enr-1:send:1' });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual({ ok: true, claims: { accountId: 'ACC-1', channel: 'email', attemptKey: 'enr-1:send:1' } });
  });

  it('refuses a token signed with another secret as forged', () => {
    const token = signUnsubscribeToken('another-secret-of-thirty-two-characters!', { accountId: 'ACC-1', channel: 'email' });
    expect(verifyUnsubscribeToken(SECRET, token)).toMatchObject({ ok: false, reason: 'forged', message: expect.stringContaining('not issued by us') });
  });

  it('refuses a token whose account was changed after signing as forged', () => {
    const token = signUnsubscribeToken(SECRET, { accountId: 'ACC-1', channel: 'email' });
    const [, signature] = token.split('.');
    const otherPayload = Buffer.from(JSON.stringify({ v: 1, a: 'ACC-2', c: 'email' })).toString('base64url');
    expect(verifyUnsubscribeToken(SECRET, `${otherPayload}.${signature}`)).toMatchObject({ ok: false, reason: 'forged' });
  });

  it('calls a cut-off or garbled token malformed', () => {
    const token = signUnsubscribeToken(SECRET, { accountId: 'ACC-1', channel: 'email' });
    expect(verifyUnsubscribeToken(SECRET, token.split('.')[0]!)).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringContaining('incomplete or damaged') });
    expect(verifyUnsubscribeToken(SECRET, 'not a token')).toMatchObject({ ok: false, reason: 'malformed' });
    expect(verifyUnsubscribeToken(SECRET, `${token}.extra`)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('builds the link under the public URL', () => {
    expect(unsubscribeUrl('https://kairos.example/', 'abc.def')).toBe('https://kairos.example/unsubscribe/abc.def');
  });
});
