// `pnpm bench`: Kairos's performance figures, measured on this machine, printed as a table.
// Figures are measured here and reported in issue closing notes; tests never assert timings.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchCompile, benchFourTierSimulation, benchInterpreter, type Figure } from '../packages/cadence/bench/cadence.bench';
import { benchComplianceDecisions } from '@kairos/compliance/bench';
import { benchAnalytics } from './bench-analytics';
import { benchAnalyticsEndToEnd } from './bench-analytics-e2e';
import { benchEditor } from './bench-editor';
import { benchEnrollmentStarts } from './bench-enrollments';
import { benchWebhooks } from './bench-webhooks';

function print(figures: Figure[]): void {
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    const value = f.value >= 100 ? Math.round(f.value).toLocaleString('en-US') : f.value.toFixed(2);
    console.log(`${f.name.padEnd(width)}  ${value.padStart(10)} ${f.unit}${f.note ? `   (${f.note})` : ''}`);
  }
}

const only = process.argv[2];
const figures: Figure[] = [];
if (!only || only === 'core') {
  figures.push(benchCompile(1_000));
  figures.push(benchInterpreter(3));
  figures.push(benchFourTierSimulation(2_000));
  figures.push(benchComplianceDecisions(3));
  print(figures.splice(0));
}
if (!only || only === 'enrollments') {
  print(await benchEnrollmentStarts({ enrollments: Number(process.env.BENCH_ENROLLMENTS ?? 1_000), inFlight: 50 }));
}
if (!only || only === 'webhooks') {
  print(await benchWebhooks({ receipts: Number(process.env.BENCH_RECEIPTS ?? 5_000), payments: Number(process.env.BENCH_PAYMENTS ?? 1_000), latencyPayments: 200 }));
}
if (!only || only === 'analytics') {
  print(await benchAnalytics({ rows: Number(process.env.BENCH_ANALYTICS_ROWS ?? 1_000_000), runs: 20, lifecycles: Number(process.env.BENCH_LIFECYCLES ?? 1_000) }));
}
if (!only || only === 'analytics' || only === 'analytics-e2e') {
  print(await benchAnalyticsEndToEnd({ enrollments: Number(process.env.BENCH_E2E_ENROLLMENTS ?? 300), inFlight: Number(process.env.BENCH_E2E_IN_FLIGHT ?? 100) }));
}
if ((!only || only === 'editor') && existsSync(join(import.meta.dirname, '../apps/web/package.json'))) {
  print(await benchEditor({ nodes: 500 }));
}
process.exit(0);
