// The client against a real HTTP server answering as the API does (including the 401/403 shapes sign-in will send).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, call, setUnauthenticatedHandler } from './client';
import type { RequestBody } from './types';

const answers: Record<string, [number, unknown]> = {
  'GET /api/v1/cadences': [200, [{ id: 'c1', name: 'Early' }]],
  'GET /api/v1/users': [401, { error: 'unauthenticated' }],
  'POST /api/v1/cadences/c1/versions': [403, { error: 'forbidden', message: 'publishing needs the strategist role' }],
  'POST /api/v1/auth/sign-in': [401, { error: 'invalid_credentials', message: 'wrong email or password: check both and try again' }],
  'POST /api/v1/reviews/r1/approve': [403, { error: 'decision_refused', code: 'author_cannot_approve', message: 'you are an author of this version: another compliance officer must approve it' }],
  'POST /api/v1/cadences': [400, { error: 'invalid_request', message: 'the body is invalid', issues: [{ field: 'name', message: 'Required' }] }],
};

let server: Server;
let seen: Array<{ method: string; url: string; body: string; cookie?: string }> = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, body, ...(req.headers.cookie ? { cookie: req.headers.cookie } : {}) });
      const [status, json] = answers[`${req.method} ${req.url}`] ?? [404, { error: 'not_found', message: 'no such thing' }];
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`http://127.0.0.1:${port}/cadences`);
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('API client', () => {
  it('returns the JSON of a success from the same origin', async () => {
    await expect(call.get('/api/v1/cadences')).resolves.toEqual([{ id: 'c1', name: 'Early' }]);
  });

  it('sends JSON bodies and turns a 400 into an error that names the fields', async () => {
    seen = [];
    // A body the server refuses (no name), as a page with a bug would send it.
    const err = await call.post('/api/v1/cadences', { body: { description: 'x' } as RequestBody<'/api/v1/cadences', 'post'> }).catch((e: unknown) => e);
    expect(seen[0]).toMatchObject({ method: 'POST', body: '{"description":"x"}' });
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 400, code: 'invalid_request', issues: [{ field: 'name', message: 'Required' }] });
  });

  it('sends the user to sign in on 401', async () => {
    let sentToSignIn = 0;
    setUnauthenticatedHandler(() => sentToSignIn++);
    const err = await call.get('/api/v1/users').catch((e: unknown) => e);
    expect(sentToSignIn).toBe(1);
    expect(err).toMatchObject({ status: 401, code: 'unauthenticated', message: expect.stringMatching(/sign in/) });
  });

  it('keeps a wrong password a wrong password: no trip to the sign-in page', async () => {
    let sentToSignIn = 0;
    setUnauthenticatedHandler(() => sentToSignIn++);
    const err = await call.post('/api/v1/auth/sign-in', { body: { email: 'a@b.c', password: 'x' } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 401, code: 'invalid_credentials', message: expect.stringMatching(/wrong email or password/) });
    expect(sentToSignIn).toBe(0);
  });

  it("says why on 403, in the server's words", async () => {
    const err = await call.post('/api/v1/cadences/{id}/versions', { params: { path: { id: 'c1' } } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 403, code: 'forbidden' });
    expect((err as Error).message).toMatch(/Not allowed: publishing needs the strategist role/);
  });

  it("keeps a rule's refusal in the rule's words, with the rule, rather than sending the user to an administrator", async () => {
    const err = await call.post('/api/v1/reviews/{reviewId}/approve', { params: { path: { reviewId: 'r1' } }, body: { hash: 'h' } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 403, code: 'decision_refused', reason: 'author_cannot_approve' });
    expect((err as Error).message).toBe('you are an author of this version: another compliance officer must approve it');
  });

  it('says what to do when the server cannot be reached', async () => {
    const { port } = server.address() as AddressInfo;
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    const err = await call.get('/api/v1/cadences').catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 0, code: 'unreachable', message: expect.stringMatching(/kairos start/) });
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  });
});
