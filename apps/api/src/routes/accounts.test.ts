import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithWorker, client, dana, startStack, type Stack } from '../testing/api-harness';

let stack: Stack;
beforeAll(async () => void (stack = await startStack()), 120_000);
afterAll(async () => void (await stack?.env.teardown()));

describeEachDatabase('account routes', (db) => {
  let api: ReturnType<typeof client>;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const h = await appWithWorker(stack, db());
    api = client(h.app);
    stop = h.stop;
  });
  afterAll(async () => stop?.());

  it('creates then updates an account, filling defaults', async () => {
    const created = await api.put('/api/v1/accounts/A-1', dana);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'A-1', currency: 'USD', language: 'en', attributes: {} });
    const updated = await api.put('/api/v1/accounts/A-1', { ...dana, balanceCents: 100 });
    expect(updated.status).toBe(200);
    expect((await api.get('/api/v1/accounts/A-1')).body.balanceCents).toBe(100);
    expect((await api.get('/api/v1/accounts?limit=1')).body).toHaveLength(1);
  });

  it('names each bad field', async () => {
    const res = await api.put('/api/v1/accounts/A-2', { ...dana, balanceCents: -5, timezone: 'Mars/Olympus', phone: '555-0100' });
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['balanceCents', 'phone', 'timezone']);
    expect(res.body.issues.find((i: { field: string }) => i.field === 'timezone').message).toMatch(/IANA/);
    expect((await api.get('/api/v1/accounts?limit=0')).status).toBe(400);
  });

  it('answers 404 with what to do for an unknown account', async () => {
    const res = await api.get('/api/v1/accounts/ghost');
    expect(res.status).toBe(404);
    expect(res.body.message).toMatch(/PUT \/api\/v1\/accounts/);
  });
});
