// What writing analytics events costs enrollment throughput end to end: whole enrollments (POST
// /api/v1/enrollments, the workflow on the Temporal dev server, the compliance-gated SMS through the
// sandbox provider, the exit) per second, with analytics writes on and off, on the same machine.
// The API and the worker share one process as in `kairos start`; the load generator is this process.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { hashPassword } from 'better-auth/crypto';
import { builtInRegistry, compile, DEMO_COLLECTOR_IDENTITY } from '@kairos/cadence';
import { createCadence, createUser, DEFAULT_PORTFOLIO_ID, openDatabase, projectAnalytics, publishVersion, setCollectorIdentity, upsertAccount } from '@kairos/db';
import { afternoonZone, startThrowawayPostgres } from '@kairos/testkit';
import { startTemporalDevServer } from '../apps/cli/src/temporal-dev-server';
import type { Figure } from '../packages/cadence/bench/cadence.bench';
import { setProjectionIndexes, tinyGraph } from './bench-analytics-fixture';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

interface ProductProcess {
  url: string;
  stop(): Promise<void>;
}

/** API and worker in one child process with `KAIROS_ANALYTICS_WRITES` set as asked. */
function startProduct(address: string, database: string, secret: string, analytics: 'on' | 'off'): Promise<ProductProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bench-api-server.ts'), address, database, secret, 'with-worker'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, KAIROS_ANALYTICS_WRITES: analytics },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench product process exited with ${code}`)));
    child.stdout.once('data', (d: Buffer) =>
      resolve({
        url: d.toString().trim(),
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      }),
    );
  });
}

async function signIn(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password }),
  });
  const token = res.headers.get('set-auth-token');
  if (res.status !== 200 || !token) throw new Error(`bench sign-in failed: ${res.status} ${await res.text()}`);
  return token;
}

/** Enroll `accounts` (at most `inFlight` at once) and wait for each workflow to end; whole enrollments per second. */
async function wholeEnrollmentsPerSecond(
  product: ProductProcess,
  client: Client,
  token: string,
  cadenceId: string,
  accounts: string[],
  inFlight: number,
): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < accounts.length) {
        const accountId = accounts[next++]!;
        const res = await fetch(`${product.url}/api/v1/enrollments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ accountId, cadenceId }),
        });
        if (res.status !== 201) throw new Error(`enrollment of ${accountId} failed: ${res.status} ${await res.text()}`);
        const { workflowId } = (await res.json()) as { workflowId: string };
        await client.workflow.getHandle(workflowId).result();
      }
    }),
  );
  return accounts.length / ((performance.now() - t0) / 1000);
}

export async function benchAnalyticsEndToEnd(opts: { enrollments: number; inFlight: number }): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kairos-bench-e2e-'));
  const temporal = await startTemporalDevServer({ dataDir: dir, port: await freePort(), uiPort: await freePort() });
  const pg = process.env.BENCH_DATABASE === 'postgres' ? await startThrowawayPostgres() : undefined;
  const database = pg ? pg.url : join(dir, 'pgdata');
  const kind = pg ? 'PostgreSQL' : 'PGlite';
  const connection = await Connection.connect({ address: temporal.address });
  const client = new Client({ connection });
  const rounds = [['off', 0], ['on', 0], ['off', 1], ['on', 1]] as const;
  try {
    // Seed through a short-lived connection: PGlite belongs to one process, the product's.
    const seed = await openDatabase(pg ? { url: pg.url } : { dataDir: database });
    const graph = tinyGraph();
    const compiled = compile(graph, builtInRegistry);
    if (!compiled.ok) throw new Error('bench cadence does not compile');
    const cadence = await createCadence(seed.db, { name: 'bench end to end', graph });
    await publishVersion(seed.db, { cadenceId: cadence.id, graph, ir: compiled.ir, publishedBy: 'bench' });
    // Sends for a portfolio without its collector's identity are refused: the bench measures sends.
    await setCollectorIdentity(seed.db, DEFAULT_PORTFOLIO_ID, DEMO_COLLECTOR_IDENTITY);
    // Early afternoon where the accounts live, so quiet hours never defer the bench's texts whenever it runs.
    const timezone = afternoonZone();
    const accountsOf = (mode: string, round: number) => Array.from({ length: opts.enrollments }, (_, i) => `E2E-${mode}${round}-${i}`);
    for (const [mode, round] of rounds) {
      for (const id of accountsOf(mode, round)) {
        await upsertAccount(seed.db, {
          id, name: 'Bench', phone: '+15555550100', balanceCents: 10_000, currency: 'USD', dueDate: '2026-11-01',
          timezone, language: 'en', consents: { sms: true }, attributes: { tier: 'tier-1' },
        });
      }
    }
    const password = randomBytes(18).toString('base64url');
    await createUser(seed.db, { name: 'Bench', email: 'bench@kairos.example', role: 'engineer', passwordHash: await hashPassword(password), createdBy: { id: 'bench' } });
    await seed.close();

    const secret = randomBytes(32).toString('base64url');
    const rates = { on: [] as number[], off: [] as number[] };
    for (const [mode, round] of rounds) {
      // Between rounds the product is stopped, so even PGlite's data directory is free to open.
      const between = await openDatabase(pg ? { url: pg.url } : { dataDir: database });
      await setProjectionIndexes(between.db, mode === 'on');
      // The facts of the round before (analytics off) are not this round's work: project them first, untimed.
      if (mode === 'on') await projectAnalytics(between.db);
      await between.close();
      const product = await startProduct(temporal.address, database, secret, mode);
      try {
        const token = await signIn(product.url, 'bench@kairos.example', password);
        rates[mode].push(await wholeEnrollmentsPerSecond(product, client, token, cadence.id, accountsOf(mode, round), opts.inFlight));
      } finally {
        await product.stop();
      }
    }
    const best = (xs: number[]) => Math.max(...xs);
    const note = `${opts.enrollments} enrollments per round, ${opts.inFlight} in flight, best of 2, ${kind}, Temporal dev server`;
    return [
      { name: `whole enrollments/s without analytics (${kind})`, value: best(rates.off), unit: 'enrollments/s', note },
      { name: `whole enrollments/s with analytics (${kind})`, value: best(rates.on), unit: 'enrollments/s', note },
      { name: `analytics share of enrollment throughput, end to end (aim < 10%) (${kind})`, value: (1 - best(rates.on) / best(rates.off)) * 100, unit: '%', note: `rounds off ${rates.off.map((r) => r.toFixed(1)).join(', ')} / on ${rates.on.map((r) => r.toFixed(1)).join(', ')}` },
    ];
  } finally {
    await connection.close();
    await pg?.stop();
    await temporal.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
