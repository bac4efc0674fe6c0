// A real stack for API tests: Temporal's time-skipping server, a cadence worker where one is needed,
// and the app over a test database (PGlite or Postgres), exercised with app.request() (no HTTP server).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { inject } from 'vitest';
import { hashPassword } from 'better-auth/crypto';
import { builtInRegistry, type CadenceGraph } from '@kairos/cadence';
import { createUser, setMembership, users, type KairosDb, type Membership } from '@kairos/db';
import { inArray } from 'drizzle-orm';
import { ROLES, type Role } from '@kairos/review';
import type { AuthConfig } from '../auth/auth';
import { afternoonZone, createTimeSkippingEnv } from '@kairos/testkit';
import { repoRoot } from '@kairos/toolchain';
import { createCadenceWorker } from '@kairos/worker';
import { createApp } from '../app';
import type { ApiDeps } from '../deps';
import { createTemporalRuntime, type CadenceRuntime } from '../runtime';
import type {} from './workflow-bundle-setup';

/** A cadence graph from packages/cadence/examples. */
export const example = (name = 'three-reminders'): CadenceGraph =>
  JSON.parse(readFileSync(join(repoRoot(), 'packages/cadence/examples', `${name}.json`), 'utf8')) as CadenceGraph;

let runtimeInstalled = false;
/** Temporal's time-skipping server, with worker logs down to warnings so test output stays readable. */
export function startTemporal(): Promise<TestWorkflowEnvironment> {
  if (!runtimeInstalled) {
    runtimeInstalled = true;
    Runtime.install({ logger: new DefaultLogger('WARN'), telemetryOptions: { logging: { filter: { core: 'ERROR', other: 'ERROR' }, forward: {} } } });
  }
  return createTimeSkippingEnv();
}

let queues = 0;
const nextTaskQueue = () => `api-test-${process.pid}-${queues++}`;

type Extra = Partial<Pick<ApiDeps, 'clock' | 'complianceProfiles' | 'notices' | 'logger' | 'limits'>>;

/** Where tests pretend the API is served; signed-in clients send it as their Origin. */
export const TEST_ORIGIN = 'http://kairos.test';
/** Sign-in settings of every test app: a fresh secret per run, and no rate limit in the way of many sign-ins. */
export const TEST_AUTH: AuthConfig = { secret: crypto.randomUUID() + crypto.randomUUID(), baseURL: TEST_ORIGIN, signInAttemptsPerMinute: 100_000 };

/** The apps of the harness remember their database, so `signedIn` can make sure its users exist. */
const dbOfApp = new WeakMap<object, KairosDb>();
function remember<T extends object>(app: T, db: KairosDb): T {
  dbOfApp.set(app, db);
  return app;
}

/** A complete app over `db` (for tests that build their own runtime). */
export function testApp(deps: Omit<ApiDeps, 'auth' | 'registry'> & Partial<Pick<ApiDeps, 'registry'>>) {
  return remember(createApp({ registry: builtInRegistry, auth: TEST_AUTH, ...deps }), deps.db);
}

/** The app over `db` with a runtime on a fresh task queue of `env`, and no worker: nothing it starts runs. */
export function appOver(env: TestWorkflowEnvironment, db: KairosDb, extra: Extra = {}) {
  const taskQueue = nextTaskQueue();
  const runtime = createTemporalRuntime(env.client, taskQueue);
  return { app: testApp({ db, runtime, ...extra }), runtime, taskQueue };
}

/**
 * For routes that never reach Temporal (documents, node kinds): the real runtime over a lazy client
 * that would only connect if a route used it.
 */
export function appWithoutTemporal(db: KairosDb, extra: Extra = {}) {
  const runtime = createTemporalRuntime(new Client({ connection: Connection.lazy({ address: '127.0.0.1:7233' }) }), nextTaskQueue());
  // Nothing here reaches Temporal, so no receipts either (they are workflows).
  return testApp({ db, runtime, notices: false, ...extra });
}

/** The app and a running cadence worker on their own task queue over `db`. */
export async function appWithWorker(env: TestWorkflowEnvironment, db: KairosDb, extra: Extra = {}) {
  const { app, runtime, taskQueue } = appOver(env, db, extra);
  const worker = await createCadenceWorker({ connection: env.nativeConnection, taskQueue, db, workflowBundle: inject('workflowBundle') });
  const running = worker.run();
  return {
    app,
    runtime,
    taskQueue,
    stop: async () => {
      worker.shutdown();
      await running;
    },
  };
}

/** A runtime whose connection to Temporal is closed: every call fails, as when Temporal is down. */
export async function unreachableRuntime(env: TestWorkflowEnvironment, taskQueue: string): Promise<CadenceRuntime> {
  const connection = await Connection.connect({ address: env.connection.options.address });
  await connection.close();
  return createTemporalRuntime(new Client({ connection }), taskQueue);
}

export interface ApiResponse {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test responses are checked field by field
  body: any;
  headers: Headers;
}

type Requestable = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/**
 * JSON request helper over app.request (no HTTP server). A string body is sent as is (for malformed
 * JSON). With `cookie`, every request carries the session and, as a browser would, the Origin.
 */
export function client(app: Requestable, session: { cookie?: string; headers?: Record<string, string> } = {}) {
  const call = async (method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<ApiResponse> => {
    const headers: Record<string, string> = { ...(session.cookie ? { cookie: session.cookie, origin: TEST_ORIGIN } : {}), ...session.headers };
    if (body !== undefined) headers['content-type'] = 'application/json';
    Object.assign(headers, extraHeaders);
    const res = await app.request(path, {
      method,
      headers,
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  return {
    get: (p: string) => call('GET', p),
    post: (p: string, b?: unknown) => call('POST', p, b),
    put: (p: string, b?: unknown) => call('PUT', p, b),
    patch: (p: string, b?: unknown) => call('PATCH', p, b),
    delete: (p: string) => call('DELETE', p),
    call,
  };
}
export type ApiClient = ReturnType<typeof client>;

/** Every test user signs in with this password (hashed once per run: scrypt is slow on purpose). */
export const TEST_PASSWORD = 'correct-horse-battery-staple';
let passwordHash: Promise<string> | undefined;
/** `strategist@kairos.test`, and `strategist.2@kairos.test` for a second person with the same role. */
export const testEmail = (role: Role, second = false) => `${role}${second ? '.2' : ''}@kairos.test`;

const seeded = new WeakMap<KairosDb, Promise<void>>();
/** Two users per role in `db` (once per database). */
export function ensureTestUsers(db: KairosDb): Promise<void> {
  let done = seeded.get(db);
  if (!done) {
    done = (async () => {
      const hash = await (passwordHash ??= hashPassword(TEST_PASSWORD));
      for (const role of ROLES) {
        for (const second of [false, true]) {
          const name = `${role.replace('_', ' ')}${second ? ' 2' : ''}`;
          await createUser(db, { name, email: testEmail(role, second), role, passwordHash: hash, createdBy: { id: 'test-setup' } });
        }
      }
      // The shared test users read every portfolio (unaudited, so audit tests see only what they do);
      // tests of portfolio scoping make their own people with `signedInTo`.
      await db.update(users).set({ allPortfolios: true }).where(inArray(users.email, ROLES.flatMap((r) => [testEmail(r), testEmail(r, true)])));
    })();
    seeded.set(db, done);
  }
  return done;
}

/** Sign in through the API as the test user of `role` and return a client carrying that session. */
export async function signedIn(app: Requestable, role: Role, opts: { second?: boolean } = {}): Promise<ApiClient> {
  const db = dbOfApp.get(app);
  if (!db) throw new Error('signedIn needs an app made by the harness (testApp, appOver, appWithoutTemporal, appWithWorker)');
  await ensureTestUsers(db);
  return signedInWith(app, { email: testEmail(role, opts.second), password: TEST_PASSWORD });
}

let scopedPeople = 0;
/** Sign in as a new person of `role` who reads only `portfolios` (chosen by an admin, audited). */
export async function signedInTo(app: Requestable, role: Role, portfolios: Membership): Promise<ApiClient & { userId: string; email: string }> {
  const db = dbOfApp.get(app);
  if (!db) throw new Error('signedInTo needs an app made by the harness (testApp, appOver, appWithoutTemporal, appWithWorker)');
  const email = `${role}.scoped-${process.pid}-${scopedPeople++}@kairos.test`;
  const created = await createUser(db, { name: `${role} of ${String(portfolios)}`, email, role, passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)), createdBy: { id: 'test-setup' } });
  if (!created.ok) throw new Error(`could not create ${email}: ${created.reason}`);
  if (role !== 'admin') {
    const set = await setMembership(db, { userId: created.user.id, membership: portfolios, actor: { id: 'test-setup' } });
    if (!set.ok) throw new Error(`could not set the portfolios of ${email}: ${set.reason}`);
  }
  return Object.assign(await signedInWith(app, { email, password: TEST_PASSWORD }), { userId: created.user.id, email });
}

/** The session cookie of an answer that signed someone in, as a browser would send it back. */
export const sessionCookieOf = (res: ApiResponse) => res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

/** Sign in with an email and password; a client carrying the session cookie. */
export async function signedInWith(app: Requestable, login: { email: string; password: string }): Promise<ApiClient> {
  const res = await client(app).post('/api/v1/auth/sign-in', login);
  if (res.status !== 200) throw new Error(`sign-in as ${login.email} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return client(app, { cookie: sessionCookieOf(res) });
}

/** Sign in as a script does: a client sending the session token as `Authorization: Bearer …`. */
export async function bearerClient(app: Requestable, login: { email: string; password: string }): Promise<ApiClient> {
  const res = await client(app).post('/api/v1/auth/sign-in', login);
  if (res.status !== 200) throw new Error(`sign-in as ${login.email} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return client(app, { headers: { authorization: `Bearer ${res.headers.get('set-auth-token')}` } });
}

/** Poll until `probe` returns something other than undefined/false (workflows run on their own time). */
export async function eventually<T>(probe: () => Promise<T | undefined | false>, what: string, tries = 200): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Submit the cadence's draft (as the strategist), approve it (as a compliance officer) and publish it; returns the version. */
export async function approveAndPublish(app: Requestable, cadenceId: string) {
  const [strategist, officer] = await Promise.all([signedIn(app, 'strategist'), signedIn(app, 'compliance_officer')]);
  const submitted = await strategist.post(`/api/v1/cadences/${cadenceId}/reviews`);
  if (submitted.status !== 201 && submitted.status !== 200) throw new Error(`submitting answered ${submitted.status}: ${JSON.stringify(submitted.body)}`);
  if (submitted.body.status === 'submitted') {
    const approved = await officer.post(`/api/v1/reviews/${submitted.body.id}/approve`, { hash: submitted.body.hash });
    if (approved.status !== 200) throw new Error(`approving answered ${approved.status}: ${JSON.stringify(approved.body)}`);
  }
  const published = await strategist.post(`/api/v1/cadences/${cadenceId}/versions`);
  if (published.status !== 201) throw new Error(`publishing answered ${published.status}: ${JSON.stringify(published.body)}`);
  return published.body as { id: string; hash: string; version: number };
}

/** Create a cadence from an example graph, have it approved and publish it; returns the cadence id. */
export async function publishedCadence(app: Requestable, name = 'three-reminders'): Promise<string> {
  const strategist = await signedIn(app, 'strategist');
  const created = await strategist.post('/api/v1/cadences', { name, graph: example(name) });
  if (created.status !== 201) throw new Error(`creating ${name} answered ${created.status}: ${JSON.stringify(created.body)}`);
  await approveAndPublish(app, created.body.id);
  return created.body.id as string;
}

/** A consenting account in a zone where it is early afternoon now: the hour rules let sends through while a test runs. */
export const dana = {
  name: 'Dana Smith',
  phone: '+15555550123',
  email: 'dana@example.com',
  balanceCents: 12_345,
  dueDate: '2026-11-01',
  timezone: afternoonZone(),
  consents: { sms: true, email: true },
};
