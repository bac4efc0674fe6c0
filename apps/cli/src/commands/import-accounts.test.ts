import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemporalRuntime, startApiServer, type ApiServer } from '@kairos/api';
import { builtInRegistry } from '@kairos/cadence';
import { getAccount } from '@kairos/db';
import { openTestDatabase } from '@kairos/db/testing';
import { seedPeople } from '../seed-people';
import { importAccounts } from './import-accounts';

const LEDGER = new URL('../../../../packages/account-import/src/fixtures/ledger-export.csv', import.meta.url).pathname;

describe('pnpm kairos import accounts', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: ApiServer;
  let env: NodeJS.ProcessEnv;
  const dir = mkdtempSync(join(tmpdir(), 'kairos-import-'));
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    // Imports never reach Temporal: a lazy client that would connect only if used.
    const runtime = createTemporalRuntime(new Client({ connection: Connection.lazy({ address: '127.0.0.1:7233' }) }), 'import-cli-test');
    server = await startApiServer({ deps: { db: database.db, registry: builtInRegistry, runtime, notices: false, auth: { secret: crypto.randomUUID() + crypto.randomUUID(), baseURL: 'http://127.0.0.1' } }, port: 0 });
    const logins = await seedPeople(database.db, join(dir, 'data'));
    env = { KAIROS_EMAIL: logins!.engineer.email, KAIROS_PASSWORD: logins!.engineer.password };
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await database?.dispose();
  });

  const run = async (file: string, opts: Parameters<typeof importAccounts>[1], over: NodeJS.ProcessEnv = env) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await importAccounts(file, { api: server.url, ...opts }, { env: over, out: (l) => out.push(l), err: (l) => err.push(l), fetch, pollMs: 50 });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('imports a ledger export through the API with the suggested mapping, printing the mapping, the problems and the summary', async () => {
    const { code, out, err } = await run(LEDGER, { portfolio: 'default' });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('ledger-export.csv: 7 rows, 9 problems in 4 rows');
    expect(out).toContain('Due Dt -> dueDate (MM/DD/YYYY)');
    expect(out).toContain('row 4, Due Dt: is not a real calendar date (read as MM/DD/YYYY)');
    expect(out).toMatch(/done: created 3, updated 0, unchanged 0, rejected 4/);
    expect(out).toMatch(/problems\.csv/);
    expect(await getAccount(database.db, 'L-1007')).toMatchObject({ name: "O'Neil, Pat", portfolioId: 'default' });
  }, 120_000);

  it('applies a mapping file and a default country, and exits 1 saying what to fix when the mapping misses a required field', async () => {
    const csv = join(dir, 'uk.csv');
    writeFileSync(csv, 'Ref,Who,Owed,When,Mobile\nUK-1,Alex Reed,12.50,2026-05-01,07911 123456\n');
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ columns: { Ref: { field: 'id' }, Who: { field: 'name' }, Owed: { field: 'balance' }, When: { field: 'dueDate' }, Mobile: { field: 'phone.mobile' } } }));
    const ok = await run(csv, { portfolio: 'default', mapping, defaultCountry: 'GB' });
    expect(ok.err).toBe('');
    expect(ok.out).toMatch(/done: created 1/);
    expect(await getAccount(database.db, 'UK-1')).toMatchObject({ phone: '+447911123456', balanceCents: 1250 });

    writeFileSync(mapping, JSON.stringify({ columns: { Ref: { field: 'id' } } }));
    const refused = await run(csv, { portfolio: 'default', mapping });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('no column is mapped to name');
    expect(refused.err).toContain('Nothing was imported');
  }, 120_000);

  it('says how to sign in when it cannot, and which field is wrong in a mapping file', async () => {
    expect((await run(LEDGER, { portfolio: 'default' }, {})).err).toContain('set KAIROS_EMAIL and KAIROS_PASSWORD');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ columns: { Ref: { field: 'balanceDue' } } }));
    expect((await run(LEDGER, { portfolio: 'default', mapping: bad })).err).toContain('columns.Ref.field must be an account field');
  }, 120_000);
});
