// Account import figures (opt-in, `pnpm bench:import`): a CSV of BENCH_IMPORT_ROWS rows (100,000 by
// default) imported through the API as a user runs it (upload, start, poll), on PGlite and, when
// KAIROS_TEST_POSTGRES_URL is set, on Postgres; rows/s, and the latency of a cheap route that reads the
// database (the portfolio policies; not /health, which also waits on Temporal, absent here)
// while the import runs against the same route idle, interleaved, over BENCH_IMPORT_REPS runs.
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Client, Connection } from '@temporalio/client';
import { createTemporalRuntime, startApiServer } from '@kairos/api';
import { builtInRegistry } from '@kairos/cadence';
import { openDatabase } from '@kairos/db';
import { createTestDatabase } from '@kairos/testkit';
import { seedPeople } from '../apps/cli/src/seed-people';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const REPS = Number(process.env.BENCH_IMPORT_REPS ?? 3);

function ledger(rows: number, run: number): string {
  const lines = ['Acct No,Debtor Name,Balance Due,Due Dt,Cell,ZIP,City,State,Tier'];
  for (let i = 0; i < rows; i++) {
    const n = String(i).padStart(7, '0');
    lines.push(`B-${n},Holder ${i},"${(1000 + (i % 9000) + run).toLocaleString('en-US')}.50",0${1 + (i % 9)}/15/2027,212-555-${String(100 + (i % 9800)).padStart(4, '0').slice(0, 4)},10001,New York,NY,${['gold', 'silver', 'bronze'][i % 3]}`);
  }
  return `${lines.join('\n')}\n`;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};
const fmt = (x: { n: number; min: number; median: number; max: number }) => `min ${x.min.toFixed(1)} / median ${x.median.toFixed(1)} / max ${x.max.toFixed(1)} ms (n=${x.n})`;

async function bench(driver: 'pglite' | 'postgres') {
  // Made here, not with the tests' openTestDatabase: that one asks vitest for the server's address.
  const fresh = driver === 'postgres' ? await createTestDatabase(process.env.KAIROS_TEST_POSTGRES_URL!) : null;
  const opened = await openDatabase(fresh ? { url: fresh.url } : { memory: true });
  const database = { ...opened, dispose: async () => (await opened.close(), await fresh?.drop()) };
  const runtime = createTemporalRuntime(new Client({ connection: Connection.lazy({ address: '127.0.0.1:7233' }) }), 'bench-import');
  const server = await startApiServer({ deps: { db: database.db, registry: builtInRegistry, runtime, notices: false, auth: { secret: crypto.randomUUID() + crypto.randomUUID(), baseURL: 'http://127.0.0.1' } }, port: 0 });
  const logins = await seedPeople(database.db, mkdtempSync(join(tmpdir(), 'bench-import-')));
  const signIn = await fetch(`${server.url}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(logins!.engineer) });
  if (signIn.status !== 200) throw new Error(`signing in answered ${signIn.status}: ${await signIn.text()}`);
  const auth = { authorization: `Bearer ${signIn.headers.get('set-auth-token')}` };
  const ping = async () => {
    const t = performance.now();
    const res = await fetch(`${server.url}/api/v1/portfolio-policies`, { headers: auth });
    if (res.status !== 200) throw new Error(`GET /portfolio-policies answered ${res.status}`);
    await res.text();
    return performance.now() - t;
  };
  const idle: number[] = [];
  const busy: number[] = [];
  const rates: number[] = [];
  try {
    for (let rep = 0; rep < REPS; rep++) {
      for (let i = 0; i < 20; i++) idle.push(await ping());
      const csv = ledger(ROWS, rep);
      const t0 = performance.now();
      const upload = await fetch(`${server.url}/api/v1/imports?portfolioId=default&fileName=bench.csv`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body: csv });
      if (upload.status !== 201) throw new Error(`the upload answered ${upload.status}: ${(await upload.text()).slice(0, 500)}`);
      const up = (await upload.json()) as { import: { id: string } };
      const uploaded = performance.now();
      const started = await fetch(`${server.url}/api/v1/imports/${up.import.id}/start`, { method: 'POST', headers: auth });
      if (started.status !== 202) throw new Error(`starting the import answered ${started.status}: ${(await started.text()).slice(0, 500)}`);
      for (;;) {
        busy.push(await ping());
        const imp = (await (await fetch(`${server.url}/api/v1/imports/${up.import.id}`, { headers: auth })).json()) as { status: string; rowsDone: number; created: number; updated: number; unchanged: number };
        if (!['queued', 'running'].includes(imp.status)) {
          const seconds = (performance.now() - uploaded) / 1000;
          rates.push(ROWS / seconds);
          console.log(`  ${driver} run ${rep + 1}: ${imp.status}, upload+preview ${((uploaded - t0) / 1000).toFixed(1)} s, import ${seconds.toFixed(1)} s = ${(ROWS / seconds).toFixed(0)} rows/s (created ${imp.created}, updated ${imp.updated}, unchanged ${imp.unchanged}); load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
          break;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    console.log(`${driver}: ${ROWS} rows x ${REPS}: rows/s ${stats(rates).min.toFixed(0)} / ${stats(rates).median.toFixed(0)} / ${stats(rates).max.toFixed(0)} (min/median/max)`);
    console.log(`${driver}: GET /portfolio-policies idle ${fmt(stats(idle))}`);
    console.log(`${driver}: GET /portfolio-policies during import ${fmt(stats(busy))}`);
  } finally {
    await server.close();
    await database.dispose();
  }
}

console.log(`bench:import on ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
await bench('pglite');
if (process.env.KAIROS_TEST_POSTGRES_URL) await bench('postgres');
else console.log('postgres: skipped (set KAIROS_TEST_POSTGRES_URL)');
process.exit(0);
