// What the API writes to its log when requests fail: the route and the database's error code, never
// what was being saved. The failures are real: a check constraint that refuses every row makes the
// database itself answer with the row (secrets, names, phones, emails) in its error detail.
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { logCapture, type LogCapture } from '@kairos/logging/testing';
import { appWithoutTemporal, signedIn, TEST_ORIGIN, TEST_PASSWORD, testEmail, type ApiClient } from './testing/api-harness';

const CANARY = 'CANARY-7f3e9a';

describeEachDatabase('what the API logs', (db) => {
  let log: LogCapture;
  let admin: ApiClient;
  beforeAll(async () => {
    log = logCapture('debug');
    admin = await signedIn(appWithoutTemporal(db(), { logger: log.logger }), 'admin');
  });

  /** Run `request` while the table refuses every row it is given. */
  async function whileRefusing<T>(table: 'portfolios' | 'accounts' | 'auth_sessions', request: () => Promise<T>): Promise<T> {
    await db().execute(sql.raw(`alter table ${table} add constraint refuse_every_row check (false) not valid`));
    try {
      return await request();
    } finally {
      await db().execute(sql.raw(`alter table ${table} drop constraint refuse_every_row`));
    }
  }

  const failures = () => log.entries().filter((e) => e.level === 'error' && e.msg === 'request failed');

  it('logs a failed portfolio save by route and SQLSTATE, never the secrets it was saving', async () => {
    const body = {
      name: 'Cards',
      settings: { channels: { sms: 'twilio' }, twilio: { accountSid: `AC${'a'.repeat(32)}`, from: '+15550001111' } },
      secrets: { twilioAuthToken: `${CANARY}-twilio`, paymentsWebhookSecret: `${CANARY}-payments` },
    };
    const res = await whileRefusing('portfolios', () => admin.put(`/api/v1/portfolios/cards?token=${CANARY}-query`, body));
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain(CANARY);
    expect(failures().at(-1)).toMatchObject({ method: 'PUT', route: '/api/v1/portfolios/:id', status: 500, err: { cause: { code: '23514', table: 'portfolios', constraint: 'refuse_every_row' } } });
    expect(log.text()).not.toContain(CANARY);
  });

  it('logs a failed account write without the name, phone or email it held', async () => {
    const body = { name: `Dana ${CANARY}`, phone: '+15557771234', email: `${CANARY.toLowerCase()}@example.com`, balanceCents: 10_000, dueDate: '2026-11-01' };
    const res = await whileRefusing('accounts', () => admin.put('/api/v1/accounts/A-LOG-1', body));
    expect(res.status).toBe(500);
    expect(failures().at(-1)).toMatchObject({ route: '/api/v1/accounts/:id', err: { cause: { code: '23514', table: 'accounts' } } });
    const text = log.text();
    for (const personal of [CANARY, CANARY.toLowerCase(), '5557771234', 'Dana']) expect(text).not.toContain(personal);
  });

  it("logs the auth library's failure to start a session without the token, address or browser it held", async () => {
    const app = appWithoutTemporal(db(), { logger: log.logger });
    // Whatever reaches the console (a library printing on its own) counts as logged too.
    const printed: unknown[][] = [];
    const consoles = (['error', 'warn', 'log', 'info'] as const).map((m) => vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void printed.push(a)));
    const res = await whileRefusing('auth_sessions', async () =>
      app.request('/api/v1/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, 'user-agent': `${CANARY}-browser` },
        body: JSON.stringify({ email: testEmail('admin'), password: TEST_PASSWORD }),
      }),
    );
    for (const c of consoles) c.mockRestore();
    expect(res.status).toBe(500);
    expect(failures().at(-1)).toMatchObject({ route: '/api/v1/auth/sign-in', err: { cause: { code: '23514', table: 'auth_sessions' } } });
    expect(log.text()).not.toContain(CANARY);
    expect(printed).toEqual([]);
  });

  it('logs requests by method, route pattern and status, never their query string or path values', async () => {
    expect((await admin.get(`/api/v1/accounts/${CANARY}-id?token=${CANARY}-query`)).status).toBe(404);
    expect((await admin.get(`/api/v1/portfolios?token=${CANARY}-query`)).status).toBe(200);
    const requests = log.entries().filter((e) => e.msg === 'request');
    expect(requests.slice(-2)).toMatchObject([
      { level: 'debug', method: 'GET', route: '/api/v1/accounts/:id', status: 404 },
      { level: 'debug', method: 'GET', route: '/api/v1/portfolios', status: 200 },
    ]);
    expect(log.text()).not.toContain(CANARY);
  });
});
