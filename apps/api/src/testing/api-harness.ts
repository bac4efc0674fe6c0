// A real stack for API tests: Temporal's time-skipping server, a cadence worker where one is needed,
// and the app over a test database (PGlite or Postgres), exercised with app.request() (no HTTP server).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { inject } from 'vitest';
import { builtInRegistry, type CadenceGraph } from '@kairos/cadence';
import type { KairosDb } from '@kairos/db';
import { createTimeSkippingEnv } from '@kairos/testkit';
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

type Extra = Partial<Pick<ApiDeps, 'publishGate' | 'clock'>>;

/** The app over `db` with a runtime on a fresh task queue of `env`, and no worker: nothing it starts runs. */
export function appOver(env: TestWorkflowEnvironment, db: KairosDb, extra: Extra = {}) {
  const taskQueue = nextTaskQueue();
  const runtime = createTemporalRuntime(env.client, taskQueue);
  return { app: createApp({ db, registry: builtInRegistry, runtime, ...extra }), runtime, taskQueue };
}

/**
 * For routes that never reach Temporal (documents, node kinds): the real runtime over a lazy client
 * that would only connect if a route used it.
 */
export function appWithoutTemporal(db: KairosDb, extra: Extra = {}) {
  const runtime = createTemporalRuntime(new Client({ connection: Connection.lazy({ address: '127.0.0.1:7233' }) }), nextTaskQueue());
  return createApp({ db, registry: builtInRegistry, runtime, ...extra });
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

/** JSON request helper over app.request (no HTTP server). A string body is sent as is (for malformed JSON). */
export function client(app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> }) {
  const call = async (method: string, path: string, body?: unknown): Promise<ApiResponse> => {
    const res = await app.request(path, {
      method,
      ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
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
  };
}
export type ApiClient = ReturnType<typeof client>;

/** Poll until `probe` returns something other than undefined/false (workflows run on their own time). */
export async function eventually<T>(probe: () => Promise<T | undefined | false>, what: string, tries = 200): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Create a cadence from an example graph and publish it; returns the cadence id. */
export async function publishedCadence(api: ApiClient, name = 'three-reminders'): Promise<string> {
  const created = await api.post('/api/v1/cadences', { name, graph: example(name) });
  if (created.status !== 201) throw new Error(`creating ${name} answered ${created.status}: ${JSON.stringify(created.body)}`);
  const published = await api.post(`/api/v1/cadences/${created.body.id}/versions`);
  if (published.status !== 201) throw new Error(`publishing ${name} answered ${published.status}: ${JSON.stringify(published.body)}`);
  return created.body.id as string;
}

export const dana = {
  name: 'Dana Smith',
  phone: '+15555550123',
  email: 'dana@example.com',
  balanceCents: 12_345,
  dueDate: '2026-11-01',
  timezone: 'America/New_York',
  consents: { sms: true, email: true },
};
