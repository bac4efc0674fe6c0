// Enrollment starts through the Kairos API versus raw `client.workflow.start` of an empty workflow,
// on the same embedded Temporal dev server (file storage, WAL) in one run. The ratio is the figure.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { builtInRegistry, compile, DEMO_COLLECTOR_IDENTITY } from '@kairos/cadence';
import { randomBytes } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { createCadence, createUser, DEFAULT_PORTFOLIO_ID, openDatabase, publishVersion, setCollectorIdentity, upsertAccount } from '@kairos/db';
import { startThrowawayPostgres } from '@kairos/testkit';
import { startTemporalDevServer } from '../apps/cli/src/temporal-dev-server';
import type { Figure } from '../packages/cadence/bench/cadence.bench';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** Run `count` tasks with at most `inFlight` at once; returns tasks per second. */
async function rate(count: number, inFlight: number, task: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) await task(next++);
    }),
  );
  return count / ((performance.now() - t0) / 1000);
}

/** The API in its own process (as in production), so the load generator does not share its event loop. */
function startApiProcess(address: string, database: string, secret: string): Promise<{ url: string; stop(): void }> {
  const profile = process.env.BENCH_API_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_API_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', join(import.meta.dirname, 'bench-api-server.ts'), address, database, secret], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench API server exited with ${code}`)));
    child.stdout.once('data', (d: Buffer) => resolve({ url: d.toString().trim(), stop: () => child.kill('SIGTERM') }));
  });
}

export async function benchEnrollmentStarts(opts: { enrollments: number; inFlight: number }): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kairos-bench-'));
  const temporal = await startTemporalDevServer({ dataDir: dir, port: await freePort(), uiPort: await freePort() });
  // PGlite by default (the embedded product); BENCH_DATABASE=postgres measures on a throwaway PostgreSQL server.
  const pg = process.env.BENCH_DATABASE === 'postgres' ? await startThrowawayPostgres() : undefined;
  const dataDir = join(dir, 'pgdata');
  const connection = await Connection.connect({ address: temporal.address });
  const client = new Client({ connection });
  // Seed through a short-lived connection: PGlite belongs to one process, the API server's.
  const seedDb = await openDatabase(pg ? { url: pg.url } : { dataDir });
  let server: { url: string; stop(): void } | undefined;
  try {
    const graph = JSON.parse(readFileSync('packages/cadence/examples/three-reminders.json', 'utf8'));
    const compiled = compile(graph, builtInRegistry);
    if (!compiled.ok) throw new Error('example cadence does not compile');
    const cadence = await createCadence(seedDb.db, { name: 'bench', graph });
    await publishVersion(seedDb.db, { cadenceId: cadence.id, graph, ir: compiled.ir, publishedBy: 'bench' });
    // Sends for a portfolio without its collector's identity are refused: the bench measures sends.
    await setCollectorIdentity(seedDb.db, DEFAULT_PORTFOLIO_ID, DEMO_COLLECTOR_IDENTITY);
    for (let i = 0; i < opts.enrollments; i++) {
      await upsertAccount(seedDb.db, {
        id: `BENCH-${i}`, name: `Bench ${i}`, phone: '+15555550100', balanceCents: 10_000, currency: 'USD',
        dueDate: '2026-11-01', timezone: 'America/New_York', language: 'en', consents: { sms: true }, attributes: {},
      });
    }
    // Enrollment is an engineer's call: the load generator signs in once and sends its bearer token.
    const password = randomBytes(18).toString('base64url');
    await createUser(seedDb.db, { name: 'Bench', email: 'bench@kairos.example', role: 'engineer', passwordHash: await hashPassword(password), createdBy: { id: 'bench' } });
    await seedDb.close();
    const api = await startApiProcess(temporal.address, pg ? pg.url : dataDir, randomBytes(32).toString('base64url'));
    server = api;
    const signIn = await fetch(`${api.url}/api/v1/auth/sign-in`, {
      method: 'POST',
      // Node's fetch sends Fetch Metadata like a browser, so it must say its Origin too.
      headers: { 'content-type': 'application/json', origin: api.url },
      body: JSON.stringify({ email: 'bench@kairos.example', password }),
    });
    const token = signIn.headers.get('set-auth-token');
    if (signIn.status !== 200 || !token) throw new Error(`bench sign-in failed: ${signIn.status} ${await signIn.text()}`);
    const n = opts.enrollments;
    const raw = await rate(n, opts.inFlight, async (i) => {
      await client.workflow.start('benchEmptyWorkflow', { taskQueue: 'bench-raw', workflowId: `bench-raw-${i}`, args: [] });
    });
    const rawIr = await rate(n, opts.inFlight, async (i) => {
      await client.workflow.start('benchEmptyWorkflow', { taskQueue: 'bench-raw', workflowId: `bench-raw-ir-${i}`, args: [{ ir: compiled.ir, enrollmentId: `x-${i}` }] });
    });
    const kairos = await rate(n, opts.inFlight, async (i) => {
      const res = await fetch(`${api.url}/api/v1/enrollments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ accountId: `BENCH-${i}`, cadenceId: cadence.id }),
      });
      if (res.status >= 300) throw new Error(`enrollment ${i} failed: ${res.status} ${await res.text()}`);
    });
    const note = `${n} starts, ${opts.inFlight} in flight, dev server on SQLite (WAL), ${pg ? 'PostgreSQL' : 'PGlite'}`;
    return [
      { name: 'raw client.workflow.start (empty workflow)', value: raw, unit: 'starts/s', note },
      { name: 'raw client.workflow.start carrying the cadence IR', value: rawIr, unit: 'starts/s', note: 'the payload every enrollment carries' },
      { name: 'Kairos enrollment via POST /api/v1/enrollments (signed in)', value: kairos, unit: 'starts/s', note },
      { name: 'enrollment / raw start ratio (aim >= 0.8)', value: kairos / raw, unit: '' },
    ];
  } finally {
    server?.stop();
    await connection.close();
    await pg?.stop();
    await temporal.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
