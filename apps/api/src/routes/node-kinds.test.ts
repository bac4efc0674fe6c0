import { builtInRegistry, describeNodeKind } from '@kairos/cadence';
import { openDatabase, type Database } from '@kairos/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appWithoutTemporal, signedIn, type ApiClient } from '../testing/api-harness';

let database: Database;
let api: ApiClient;
beforeAll(async () => {
  database = await openDatabase({ memory: true }); // the route never reads the database
  api = await signedIn(appWithoutTemporal(database.db), 'agent');
});
afterAll(async () => database?.close());

it('lists every installed node kind with its outcomes, defaults and a JSON Schema of its config', async () => {
  const res = await api.get('/api/v1/node-kinds');
  expect(res.status).toBe(200);
  expect(res.body.map((k: { kind: string }) => k.kind)).toEqual(builtInRegistry.list().map((k) => k.kind));
  const send = res.body.find((k: { kind: string }) => k.kind === 'send-message');
  expect(send).toMatchObject({ title: expect.any(String), category: expect.any(String), outcomes: [{ id: 'next', label: 'Sent' }] });
  expect(send.configSchema.properties.channel.enum).toEqual(['sms', 'email', 'voice', 'whatsapp', 'push', 'letter']);
  const split = res.body.find((k: { kind: string }) => k.kind === 'ab-split');
  expect(split.outcomes.map((o: { id: string }) => o.id)).toEqual(['variant:A', 'variant:B']);
  const wait = res.body.find((k: { kind: string }) => k.kind === 'wait');
  expect(wait.defaults).toBeTypeOf('object');
});

it('describes each kind exactly as `kairos nodes --json` does (one description, config-form hints included)', async () => {
  const res = await api.get('/api/v1/node-kinds');
  expect(res.body).toEqual(JSON.parse(JSON.stringify(builtInRegistry.list().map(describeNodeKind))));
  const send = res.body.find((k: { kind: string }) => k.kind === 'send-message');
  expect(Object.keys(send.ui).length).toBeGreaterThan(0);
});
