// A real stack for API tests: Temporal's time-skipping server, a cadence worker, and the app over a test database.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { builtInRegistry } from '@kairos/cadence';
import type { KairosDb } from '@kairos/db';
import { createTimeSkippingEnv } from '@kairos/testkit';
import { repoRoot } from '@kairos/toolchain';
import { bundleCadenceWorkflows, createCadenceWorker } from '@kairos/worker';
import { createApp } from '../app';
import type { PublishGate } from '../publish-gate';
import { createTemporalRuntime } from '../runtime';

export const example = (name = 'three-reminders') =>
  JSON.parse(readFileSync(join(repoRoot(), 'packages/cadence/examples', `${name}.json`), 'utf8'));

export interface Stack {
  env: TestWorkflowEnvironment;
  bundle: WorkflowBundleWithSourceMap;
}

export async function startStack(): Promise<Stack> {
  const [env, bundle] = await Promise.all([createTimeSkippingEnv(), bundleCadenceWorkflows()]);
  return { env, bundle };
}

let queues = 0;
/** An app and a running worker on their own task queue over `db`. */
export async function appWithWorker(stack: Stack, db: KairosDb, publishGate?: PublishGate) {
  const taskQueue = `api-${queues++}`;
  const worker: Worker = await createCadenceWorker({ connection: stack.env.nativeConnection, taskQueue, db, workflowBundle: stack.bundle });
  const running = worker.run();
  const runtime = createTemporalRuntime(stack.env.client, taskQueue);
  const app = createApp({ db, registry: builtInRegistry, runtime, ...(publishGate ? { publishGate } : {}) });
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

/** JSON request helper over app.request (no HTTP server). */
export function client(app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> }) {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test responses are checked field by field
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: res.status, body: json, headers: res.headers };
  };
  return {
    get: (p: string) => call('GET', p),
    post: (p: string, b?: unknown) => call('POST', p, b),
    put: (p: string, b?: unknown) => call('PUT', p, b),
  };
}

export async function eventually<T>(probe: () => Promise<T | undefined | false>, what: string, tries = 200): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
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
