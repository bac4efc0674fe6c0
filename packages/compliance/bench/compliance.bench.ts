// Throughput of the run-time compliance decision: an account with 50 past attempts, decided
// in-process (parsing excluded: the DB layer hands over typed rows). Run: pnpm --filter @kairos/compliance bench
import { pathToFileURL } from 'node:url';
import { decideContact } from '../src/decide';
import { evaluationRequestSchema, type EvaluationRequest } from '../src/request';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const HOUR = 3_600_000;
const channels = ['call', 'call', 'sms', 'email', 'voicemail'] as const;
const outcomes = ['no_answer', 'voicemail', 'busy', 'delivered', 'failed'] as const;

/** 64 requests spread over a week (day and night, so allow and defer paths both run), each with 50 prior attempts. */
function workload(): EvaluationRequest[] {
  const start = Date.parse('2026-03-02T05:00:00Z');
  return Array.from({ length: 64 }, (_, i) => {
    const at = start + i * 2.6 * HOUR;
    return evaluationRequestSchema.parse({
      at: new Date(at).toISOString(),
      channel: i % 3 === 0 ? 'sms' : 'call',
      profile: 'us-reg-f',
      account: {
        timezones: i % 4 === 0 ? ['America/New_York', 'America/Los_Angeles'] : ['America/New_York'],
        phoneType: 'mobile',
        consents: { autodialedCalls: true, sms: true },
        optOuts: [],
        ceaseCommunication: false,
        dispute: { status: 'none' },
        inconvenientTimes: [{ from: '12:00', to: '13:00' }, { days: ['sun'], from: '00:00', to: '24:00' }],
      },
      history: Array.from({ length: 50 }, (_, k) => ({
        at: new Date(at - (k + 1) * 6.1 * HOUR).toISOString(),
        channel: channels[k % channels.length],
        outcome: outcomes[(k * 7 + i) % outcomes.length],
      })),
    });
  });
}

/** Decisions per second for an account with 50 history entries (us-reg-f, mixed allow/defer). */
export function benchComplianceDecisions(seconds = 2): Figure {
  const requests = workload();
  const tally = { allow: 0, defer: 0, block: 0 };
  for (const r of requests) tally[decideContact(r).decision]++; // warm the zone caches and the JIT
  let decisions = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  while (performance.now() < deadline) {
    for (let i = 0; i < 256; i++) decideContact(requests[(decisions + i) & 63]!);
    decisions += 256;
  }
  const elapsed = (performance.now() - t0) / 1000;
  return {
    name: 'compliance decisions/s (50-attempt history, us-reg-f)',
    value: decisions / elapsed,
    unit: 'decisions/s',
    note: `workload mix ${tally.allow} allow / ${tally.defer} defer / ${tally.block} block`,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const f = benchComplianceDecisions(Number(process.argv[2] ?? 3));
  console.log(`${f.name}: ${Math.round(f.value).toLocaleString('en-US')} ${f.unit} (${f.note})`);
}
