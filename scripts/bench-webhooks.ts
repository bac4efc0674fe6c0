// Webhook figures, in one run on this machine: ingestion requests/s of the API's webhooks under load
// (autocannon) next to a bare Hono endpoint (the ratio is the figure), and the latency from a signed
// payment webhook to the running workflow having handled it, on the Temporal dev server.
import { createHmac, randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, DefaultLogger } from '@temporalio/worker';
import { hashPassword } from 'better-auth/crypto';
import { builtInRegistry, compile, DEMO_COLLECTOR_IDENTITY } from '@kairos/cadence';
import { cadenceBuilder } from '@kairos/cadence/starter-cadences';
import { contactAttempts, createCadence, createUser, getEnrollment, openDatabase, publishVersion, upsertAccount, upsertPortfolio } from '@kairos/db';
import { startThrowawayPostgres } from '@kairos/testkit';
import { bundleCadenceWorkflows, createCadenceWorker } from '@kairos/worker';
import { enrollmentWorkflowId } from '@kairos/workflows';
import { startTemporalDevServer } from '../apps/cli/src/temporal-dev-server';
import type { Figure } from '../packages/cadence/bench/cadence.bench';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

function startProcess(script: string, args: string[]): Promise<{ url: string; stop(): void }> {
  // BENCH_API_PROFILE=<dir> writes a CPU profile of the API process there.
  const profile = process.env.BENCH_API_PROFILE && script === 'bench-api-server.ts' ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_API_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', join(import.meta.dirname, script), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    child.stdout.once('data', (d: Buffer) => resolve({ url: d.toString().trim(), stop: () => child.kill('SIGTERM') }));
  });
}

/** autocannon: `amount` requests over `connections`, each built by `body(i)`; answers requests/s and non-2xx count. */
async function load(url: string, amount: number, connections: number, request: (i: number) => { body: string; headers: Record<string, string> }) {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    amount,
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, ...request(i++) }) }],
  });
  return { rps: result.requests.average, non2xx: result.non2xx + result.errors, total: result.requests.total };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function benchWebhooks(opts: { receipts: number; payments: number; latencyPayments: number }): Promise<Figure[]> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const dir = mkdtempSync(join(tmpdir(), 'kairos-bench-webhooks-'));
  const temporal = await startTemporalDevServer({ dataDir: dir, port: await freePort(), uiPort: await freePort() });
  const pg = await startThrowawayPostgres();
  const database = await openDatabase({ url: pg.url });
  const db = database.db;
  const servers: Array<{ stop(): void }> = [];
  const connection = await Connection.connect({ address: temporal.address });
  const client = new Client({ connection });
  const native = await NativeConnection.connect({ address: temporal.address });
  let worker: Awaited<ReturnType<typeof createCadenceWorker>> | undefined;
  let running: Promise<void> | undefined;
  try {
    const token = randomBytes(16).toString('hex');
    const stripeSecret = `whsec_${randomBytes(12).toString('hex')}`;
    await upsertPortfolio(db, { id: 'default', name: 'Bench', settings: { channels: {}, collector: DEMO_COLLECTOR_IDENTITY }, secrets: { twilioAuthToken: token, stripeWebhookSecret: stripeSecret } });
    const accounts = Math.max(opts.payments, opts.latencyPayments);
    for (let i = 0; i < accounts; i++) {
      await upsertAccount(db, {
        id: `WB-${i}`, name: `Bench ${i}`, phone: '+15555550100', email: `wb${i}@example.com`, balanceCents: 1_000_000, currency: 'USD',
        dueDate: '2026-11-01', timezone: 'America/New_York', language: 'en', consents: { sms: true }, attributes: {},
      });
    }
    // Sent messages for the receipts to report on.
    const sids = Array.from({ length: opts.receipts }, (_, i) => `SM${i.toString(16).padStart(32, '0')}`);
    for (let i = 0; i < sids.length; i += 500) {
      await db.insert(contactAttempts).values(sids.slice(i, i + 500).map((sid, j) => ({
        idempotencyKey: `bench:${i + j}`, accountId: `WB-${(i + j) % accounts}`, channel: 'sms', provider: 'twilio', recipient: '+15555550100', body: 'x', status: 'queued' as const, providerMessageId: sid,
      })));
    }
    const password = randomBytes(18).toString('base64url');
    await createUser(db, { name: 'Bench', email: 'bench-webhooks@kairos.example', role: 'engineer', passwordHash: await hashPassword(password), createdBy: { id: 'bench' } });

    const api = await startProcess('bench-api-server.ts', [temporal.address, pg.url, randomBytes(32).toString('base64url')]);
    servers.push(api);
    const bare = await startProcess('bench-bare-hono.ts', []);
    servers.push(bare);
    // Notices and the latency cadence run on the API's task queue.
    worker = await createCadenceWorker({ connection: native, taskQueue: 'bench-kairos', db, workflowBundle: await bundleCadenceWorkflows() });
    running = worker.run();

    const statusUrl = `${api.url}/api/v1/webhooks/twilio/default/status`;
    const receiptRequest = (i: number) => {
      const params: Record<string, string> = { MessageSid: sids[Math.floor(i / 2) % sids.length]!, MessageStatus: i % 2 === 0 ? 'sent' : 'delivered', AccountSid: `AC${'0'.repeat(32)}` };
      const data = Object.keys(params).sort().reduce((acc, k) => acc + k + params[k], statusUrl);
      const signature = createHmac('sha1', token).update(data).digest('base64');
      return { body: new URLSearchParams(params).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature } };
    };
    const paymentBody = (accountId: string, intent: string, amount = 100) =>
      JSON.stringify({ id: `evt_${intent}`, type: 'payment_intent.succeeded', created: Math.floor(Date.now() / 1000), data: { object: { id: intent, amount, amount_received: amount, metadata: { kairos_account_id: accountId } } } });
    const stripeSign = (body: string) => {
      const t = Math.floor(Date.now() / 1000);
      return `t=${t},v1=${createHmac('sha256', stripeSecret).update(`${t}.${body}`).digest('hex')}`;
    };
    const paymentRequest = (i: number) => {
      const body = paymentBody(`WB-${i % opts.payments}`, `pi_load_${i}`);
      return { body, headers: { 'content-type': 'application/json', 'stripe-signature': stripeSign(body) } };
    };
    const bareRequest = (i: number) => receiptRequest(i);

    const connections = 20;
    await load(`${bare.url}/hook`, 500, connections, bareRequest); // warm up both servers
    await load(statusUrl, 200, connections, (i) => receiptRequest(opts.receipts * 2 - 1 - i));
    const bareRun = await load(`${bare.url}/hook`, opts.receipts * 2, connections, bareRequest);
    const receiptRun = await load(statusUrl, opts.receipts * 2 - 200, connections, receiptRequest);
    const paymentRun = await load(`${api.url}/api/v1/webhooks/stripe/default`, opts.payments, connections, paymentRequest);

    // Latency: each payment posted to an enrollment waiting for "paid"; done when its workflow has handled it and finished.
    const b = cadenceBuilder();
    b.add('start', 'entry', { exitOn: ['dispute'] });
    b.add('listen', 'wait-for-event', { events: ['paid'], timeout: { days: 30 } });
    b.add('paid', 'exit', { reason: 'paid' });
    b.add('quiet', 'exit', { reason: 'completed' });
    b.wire('start', 'next', 'listen');
    b.wire('listen', 'paid', 'paid');
    b.wire('listen', 'timeout', 'quiet');
    const graph = b.build();
    const compiled = compile(graph, builtInRegistry);
    if (!compiled.ok) throw new Error('latency cadence does not compile');
    const cadence = await createCadence(db, { name: 'latency', graph });
    await publishVersion(db, { cadenceId: cadence.id, graph, ir: compiled.ir, publishedBy: 'bench' });
    const signIn = await fetch(`${api.url}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: api.url }, body: JSON.stringify({ email: 'bench-webhooks@kairos.example', password }) });
    const bearer = signIn.headers.get('set-auth-token');
    if (!bearer) throw new Error(`bench sign-in failed: ${signIn.status}`);
    const n = opts.latencyPayments;
    const latencyAccounts = Array.from({ length: n }, (_, i) => `WB-${accounts - 1 - i}`);
    const enrollments: string[] = [];
    for (const id of latencyAccounts) {
      const res = await fetch(`${api.url}/api/v1/enrollments`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify({ accountId: id, cadenceId: cadence.id }) });
      if (res.status !== 201) throw new Error(`enrollment failed: ${res.status} ${await res.text()}`);
      enrollments.push(((await res.json()) as { id: string }).id);
    }
    for (const id of enrollments) {
      for (let t = 0; (await getEnrollment(db, id))?.currentStepId !== 'listen'; t++) {
        if (t > 600) throw new Error('enrollments did not reach their wait');
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const latencies: number[] = [];
    const answered: number[] = [];
    await Promise.all(
      latencyAccounts.map(async (accountId, i) => {
        await new Promise((r) => setTimeout(r, i * 50)); // 20 payments a second, as they come in real life: spread out
        const body = paymentBody(accountId, `pi_latency_${i}`, 1_000_000);
        const t0 = performance.now();
        const res = await fetch(`${api.url}/api/v1/webhooks/stripe/default`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': stripeSign(body) }, body });
        answered.push(performance.now() - t0);
        if (res.status !== 200) throw new Error(`payment webhook answered ${res.status}`);
        await client.workflow.getHandle(enrollmentWorkflowId(enrollments[i]!)).result();
        latencies.push(performance.now() - t0);
      }),
    );
    latencies.sort((x, y) => x - y);
    answered.sort((x, y) => x - y);
    const load20 = `autocannon, ${connections} connections, PostgreSQL, dev server on SQLite`;
    return [
      { name: 'bare Hono endpoint (read body, answer 200)', value: bareRun.rps, unit: 'req/s', note: `${bareRun.total} requests, ${load20}` },
      { name: 'Twilio status callbacks (verify, store, apply)', value: receiptRun.rps, unit: 'req/s', note: `${receiptRun.total} requests, ${receiptRun.non2xx} not 2xx` },
      { name: 'delivery receipts / bare Hono ratio', value: receiptRun.rps / bareRun.rps, unit: '' },
      { name: 'Stripe payments (verify, store, ledger, signal, notice)', value: paymentRun.rps, unit: 'req/s', note: `${paymentRun.total} requests, ${paymentRun.non2xx} not 2xx` },
      { name: 'payments / bare Hono ratio', value: paymentRun.rps / bareRun.rps, unit: '' },
      { name: 'payment webhook answered p50', value: percentile(answered, 50), unit: 'ms' },
      { name: 'payment webhook -> workflow handled it, p50', value: percentile(latencies, 50), unit: 'ms', note: `${n} payments at 20/s to waiting enrollments` },
      { name: 'payment webhook -> workflow handled it, p99 (aim < 1,000)', value: percentile(latencies, 99), unit: 'ms' },
    ];
  } finally {
    for (const s of servers) s.stop();
    worker?.shutdown();
    await running?.catch(() => undefined);
    await native.close();
    await connection.close();
    await database.close();
    await pg.stop();
    await temporal.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
