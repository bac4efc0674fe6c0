import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { openDatabase, type Database } from '@kairos/db';
import type { ApiDeps } from './deps';
import { createTemporalRuntime } from './runtime';
import { startApiServer } from './server';
import { TEST_AUTH } from './testing/api-harness';

let database: Database;
let deps: ApiDeps;
beforeAll(async () => {
  database = await openDatabase({ memory: true });
  // These requests never reach Temporal; the lazy connection would only dial if one did.
  deps = { db: database.db, registry: builtInRegistry, runtime: createTemporalRuntime(new Client({ connection: Connection.lazy() }), 'unused'), auth: TEST_AUTH };
});
afterAll(async () => database?.close());

it('serves the app over HTTP on a free port until closed', async () => {
  const server = await startApiServer({ deps, port: 0 });
  try {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/openapi.json`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { openapi: string }).openapi).toBe('3.1.0');
    // Signed-in routes answer 401 over HTTP too, not an error page.
    expect((await fetch(`${server.url}/api/v1/node-kinds`)).status).toBe(401);
  } finally {
    await server.close();
  }
  await expect(fetch(`${server.url}/openapi.json`)).rejects.toThrow();
});

it('says which port is taken and how to pick another', async () => {
  const first = await startApiServer({ deps, port: 0 });
  try {
    const port = Number(new URL(first.url).port);
    await expect(startApiServer({ deps, port })).rejects.toThrow(`port ${port} is already in use`);
  } finally {
    await first.close();
  }
});
