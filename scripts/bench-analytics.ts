// Analytics figures: p95 of the dashboard and experiment-report queries over 1,000,000 analytics
// events, and what analytics costs the database write path of an enrollment (with and without: the
// facts alone, or the facts and their projection into analytics events).
// PGlite by default; BENCH_DATABASE=postgres measures on a throwaway PostgreSQL server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dashboardFromRollup, experimentReport, type ArmDef } from '@kairos/analytics/kpi';
import { builtInRegistry, compile, type TimelineEntry } from '@kairos/cadence';
import {
  createCadence,
  createEnrollment,
  dashboardCohort,
  dashboardRollup,
  decideAndBeginContact,
  experimentEnrollments,
  openDatabase,
  projectAnalytics,
  publishVersion,
  recordProgress,
  storeAccountEvent,
  upsertAccount,
  versionOverlay,
  type KairosDb,
} from '@kairos/db';
import { seedAnalyticsHistory } from '@kairos/db/bench';
import { startThrowawayPostgres } from '@kairos/testkit';
import type { Figure } from '../packages/cadence/bench/cadence.bench';
import { setProjectionIndexes, tinyGraph } from './bench-analytics-fixture';

const EVENTS_PER_ENROLLMENT = 20;
const VERSIONS = 20;
const ARMS: ArmDef[] = [
  { arm: 'variant:A', key: 'A', label: 'Champion', weight: 50, control: false },
  { arm: 'variant:B', key: 'B', label: 'Challenger', weight: 50, control: false },
];
const COSTS = { sms: 1, email: 0, voice: 5, whatsapp: 2, push: 0, letter: 85 };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function p95(runs: number, task: () => Promise<unknown>): Promise<number> {
  await task();
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await task();
    times.push(performance.now() - t0);
  }
  return percentile(times.sort((a, b) => a - b), 95);
}

/** The write path of one enrollment: enrolled, a split, two gated sends, a payment, finished. */
async function enrollmentLifecycle(db: KairosDb, i: number, cadenceId: string, versionId: string, tag: string) {
  const accountId = `W-${tag}-${i}`;
  await upsertAccount(db, { id: accountId, name: 'Bench', phone: '+15555550100', balanceCents: 10_000, currency: 'USD', dueDate: '2026-11-01', timezone: 'UTC', language: 'en', consents: { sms: true }, attributes: { tier: 'tier-1' } });
  const { enrollment } = await createEnrollment(db, { accountId, cadenceId, cadenceVersionId: versionId, workflowIdFor: (id) => `enrollment-${id}` });
  const at = new Date().toISOString();
  const first: TimelineEntry[] = [
    { seq: 0, at, type: 'entered', stepId: 'start' },
    { seq: 1, at, type: 'left', stepId: 'start', outcome: 'next' },
    { seq: 2, at, type: 'entered', stepId: 'sms' },
    { seq: 3, at, type: 'activity', stepId: 'sms', outcome: 'next' },
    { seq: 4, at, type: 'left', stepId: 'sms', outcome: 'next' },
    { seq: 5, at, type: 'waiting', stepId: 'end' },
  ];
  await recordProgress(db, { enrollmentId: enrollment.id, entries: first, status: 'active', currentStepId: 'sms', exitReason: null });
  for (const n of [1, 2]) {
    await decideAndBeginContact(db, {
      idempotencyKey: `${enrollment.id}:sms:${n}`, enrollmentId: enrollment.id, accountId, stepId: 'sms', channel: 'sms', provider: 'sandbox',
      recipient: '+15555550100', body: 'hi', at: () => new Date(), historyDays: 7,
      decide: () => ({ decision: 'allow', rule: 'kairos.allowed', reasons: [], profile: 'bench' }),
    });
  }
  await storeAccountEvent(db, { source: 'bench', accountId, event: { type: 'payment', eventId: `${accountId}-pay`, occurredAt: at, amountCents: 10_000 } });
  await recordProgress(db, { enrollmentId: enrollment.id, entries: [{ seq: 6, at, type: 'entered', stepId: 'end' }, { seq: 7, at, type: 'finished', stepId: 'end', outcome: 'paid' }], status: 'finished', currentStepId: 'end', exitReason: 'paid' });
}

/**
 * Lifecycles per second. With analytics on, the projection runs every second alongside (as the API
 * runs it) and once more at the end: the clock stops when every fact is an analytics event.
 */
async function lifecyclesPerSecond(db: KairosDb, count: number, inFlight: number, cadenceId: string, versionId: string, tag: string): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  let failed: unknown;
  const projection = setInterval(() => projectAnalytics(db).catch((err: unknown) => (failed ??= err)), 1_000);
  try {
    await Promise.all(Array.from({ length: inFlight }, async () => {
      while (next < count) await enrollmentLifecycle(db, next++, cadenceId, versionId, tag);
    }));
    await projectAnalytics(db);
  } finally {
    clearInterval(projection);
  }
  if (failed) throw failed;
  return count / ((performance.now() - t0) / 1000);
}

export async function benchAnalytics(opts: { rows: number; runs: number; lifecycles: number }): Promise<Figure[]> {
  const pg = process.env.BENCH_DATABASE === 'postgres' ? await startThrowawayPostgres() : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'kairos-bench-analytics-'));
  const database = await openDatabase(pg ? { url: pg.url } : { dataDir: join(dir, 'pgdata') });
  const db = database.db;
  const kind = pg ? 'PostgreSQL' : 'PGlite';
  try {
    const graph = tinyGraph();
    const compiled = compile(graph, builtInRegistry);
    if (!compiled.ok) throw new Error('bench cadence does not compile');
    const cadenceIds: string[] = [];
    const versionIds: string[] = [];
    for (let c = 0; c < VERSIONS / 2; c++) {
      const cadence = await createCadence(db, { name: `bench ${c}`, graph });
      cadenceIds.push(cadence.id);
      for (let v = 0; v < 2; v++) versionIds.push((await publishVersion(db, { cadenceId: cadence.id, graph, ir: compiled.ir, publishedBy: 'bench' })).version.id);
    }

    // ---- Write cost: the same enrollment lifecycles with analytics writes on and off (alternating, twice).
    const inFlight = pg ? 8 : 1;
    const rates = { on: [] as number[], off: [] as number[] };
    for (const round of [0, 1]) {
      for (const mode of ['off', 'on'] as const) {
        process.env.KAIROS_ANALYTICS_WRITES = mode;
        await setProjectionIndexes(db, mode === 'on');
        // The facts of the round before (analytics off) are not this round's work: project them first, untimed.
        await projectAnalytics(db);
        rates[mode].push(await lifecyclesPerSecond(db, opts.lifecycles, inFlight, cadenceIds[0]!, versionIds[0]!, `${mode}${round}`));
      }
    }
    delete process.env.KAIROS_ANALYTICS_WRITES;
    await setProjectionIndexes(db, true);
    const best = (xs: number[]) => Math.max(...xs);
    const share = 1 - best(rates.on) / best(rates.off);

    // ---- Queries over the seeded history.
    // The lifecycles above left a few thousand rows dated today; the history below is another year's.
    const s0 = performance.now();
    await seedAnalyticsHistory(db, { rows: opts.rows, versionIds, cadenceIds });
    const seedSeconds = (performance.now() - s0) / 1000;
    const asOf = new Date('2027-01-15T00:00:00Z');
    const month = { from: '2026-06-01', to: '2026-06-30', asOf };
    const year = { from: '2026-01-01', to: '2026-12-31', asOf };
    const dashboard = (f: typeof month & { cadenceId?: string }) => async () => {
      const [rollup, cohort] = await Promise.all([dashboardRollup(db, f), dashboardCohort(db, f)]);
      return dashboardFromRollup(rollup, cohort, { ...f, currency: 'USD', unitCostMinor: COSTS });
    };
    const experiment = async () => {
      const { rows } = await experimentEnrollments(db, { ...year, cadenceId: cadenceIds[0]!, experimentId: 'bench-exp', unitCostMinor: COSTS });
      return experimentReport(ARMS, rows, { currency: 'USD', primaryMetric: 'paidShare' });
    };
    const overlay = () => versionOverlay(db, { from: '2026-06-01', to: '2026-06-30', versionId: versionIds[0]!, paidWithinDays: 7 });
    const assigned = Math.round((opts.rows / EVENTS_PER_ENROLLMENT) * (2 / VERSIONS));
    const note = `${opts.rows.toLocaleString('en-US')} events, ${kind}, ${opts.runs} runs`;
    return [
      { name: `analytics: seed ${opts.rows.toLocaleString('en-US')} events + rollup (${kind})`, value: seedSeconds, unit: 's' },
      { name: `dashboard p95, 30 days (${kind})`, value: await p95(opts.runs, dashboard(month)), unit: 'ms', note },
      { name: `dashboard p95, 365 days (${kind})`, value: await p95(opts.runs, dashboard(year)), unit: 'ms', note },
      { name: `dashboard p95, 365 days, one cadence (${kind})`, value: await p95(opts.runs, dashboard({ ...year, cadenceId: cadenceIds[0]! })), unit: 'ms', note },
      { name: `experiment report p95 (${kind})`, value: await p95(opts.runs, experiment), unit: 'ms', note: `~${assigned.toLocaleString('en-US')} assigned enrollments, ${note}` },
      { name: `canvas overlay p95, 30 days (${kind})`, value: await p95(opts.runs, overlay), unit: 'ms', note },
      { name: `enrollment write path without analytics (${kind})`, value: best(rates.off), unit: 'enrollments/s', note: `${opts.lifecycles} lifecycles, ${inFlight} in flight, best of 2` },
      { name: `enrollment write path with analytics (${kind})`, value: best(rates.on), unit: 'enrollments/s', note: `${opts.lifecycles} lifecycles, ${inFlight} in flight, best of 2` },
      { name: `analytics share of enrollment write cost (aim < 10%) (${kind})`, value: share * 100, unit: '%' },
    ];
  } finally {
    await database.close();
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
