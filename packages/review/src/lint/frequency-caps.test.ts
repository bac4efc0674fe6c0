// The edge of a cap's window, pinned from the rule's own words ("at most 7 calls within 7 consecutive
// days") and from the run-time gate, never from the lint's output: eight calls whose first and last are
// a whole week apart may all be placed; a minute less and the eighth may share a week with the first.
import { builtInRegistry, type CadenceGraph } from '@kairos/cadence';
import { decideContact, defineComplianceProfile, evaluationRequestSchema } from '@kairos/compliance';
import { describe, expect, it } from 'vitest';
import { edge, entry, exit, node } from '../testing/graphs';
import { LINT_RULES } from './findings';
import { lintGraph } from './lint';

/** Calls at any hour, at most 7 in 7 days: only the cap decides, as in Reg F 1006.14(b)(2)(i)(A). */
const sevenCallsAWeek = defineComplianceProfile({
  id: 'seven-calls-any-hour',
  title: 'test: 7 calls in 7 days, any hour',
  hours: { 'sun-sat': '00:00-24:00' },
  caps: [{ channel: 'call', max: 7, windowDays: 7 }],
});
const CALLS = 8;
/** A week in minutes, from the calendar: 7 days of 24 hours of 60 minutes. */
const WEEK_MINUTES = 7 * 24 * 60;

type Gap = { days: number; hours: number; minutes: number };
const gapMinutes = (g: Gap) => (g.days * 24 + g.hours) * 60 + g.minutes;

/** Eight voice calls with the given waits between them (seven waits). */
function calls(gaps: Gap[]): CadenceGraph {
  const steps = Array.from({ length: CALLS }, (_, i) => node(`call-${i + 1}`, 'send-message', { channel: 'voice', body: '{{ collector.disclosure }}' }));
  const waits = gaps.map((duration, i) => node(`gap-${i + 1}`, 'wait', { mode: 'duration', duration }));
  const chain = steps.flatMap((s, i) => (waits[i] ? [s, waits[i]] : [s]));
  return {
    nodes: [entry(), ...chain, exit('done')],
    edges: [edge('start', chain[0]!.id), ...chain.map((s, i) => edge(s.id, chain[i + 1]?.id ?? 'done'))],
  };
}

function capFindings(graph: CadenceGraph) {
  const linted = lintGraph(graph, builtInRegistry, { profile: sevenCallsAWeek });
  if (!linted.compiled) throw new Error(JSON.stringify(linted.issues));
  return linted.findings.filter((f) => f.rule === LINT_RULES.frequencyCaps).map((f) => f.nodeId);
}

/** The run-time gate's word on the eighth call when the first is placed at local midnight (UTC), the worst hour of the day. */
function gateOnEighth(gaps: Gap[]) {
  const start = Date.parse('2026-03-02T00:00:00Z');
  const at = [start];
  for (const g of gaps) at.push(at.at(-1)! + gapMinutes(g) * 60_000);
  const request = evaluationRequestSchema.parse({
    at: new Date(at[CALLS - 1]!).toISOString(),
    channel: 'call',
    profile: sevenCallsAWeek.id,
    account: { timezones: ['UTC'], phoneType: 'landline', optOuts: [], ceaseCommunication: false, dispute: { status: 'none' } },
    history: at.slice(0, CALLS - 1).map((t) => ({ at: new Date(t).toISOString(), channel: 'call', outcome: 'no_answer' })),
  });
  return decideContact(request, sevenCallsAWeek).decision;
}

const day: Gap = { days: 1, hours: 0, minutes: 0 };
/** Six one-day waits and a last one of 24 hours: the eighth call exactly one week after the first. */
const wholeWeek: Gap[] = [day, day, day, day, day, day, { days: 0, hours: 24, minutes: 0 }];
/** The same with the last wait one minute shorter. */
const weekLessAMinute: Gap[] = [day, day, day, day, day, day, { days: 0, hours: 23, minutes: 59 }];

describe('the frequency cap window at its edge', () => {
  it('spaces the designs as the rule reads: a week, and a week less one minute', () => {
    expect(wholeWeek.reduce((s, g) => s + gapMinutes(g), 0)).toBe(WEEK_MINUTES);
    expect(weekLessAMinute.reduce((s, g) => s + gapMinutes(g), 0)).toBe(WEEK_MINUTES - 1);
  });

  it('allows an eighth call exactly 7×24 hours after the first: the first has left the window', () => {
    expect(capFindings(calls(wholeWeek))).toEqual([]);
    expect(gateOnEighth(wholeWeek)).toBe('allow');
  });

  it('blocks the eighth call one minute earlier, at the eighth call, where the gate would hold it too', () => {
    expect(capFindings(calls(weekLessAMinute))).toEqual([`call-${CALLS}`]);
    expect(gateOnEighth(weekLessAMinute)).toBe('defer');
  });

  it('counts the minute wherever it is taken from along the path', () => {
    const shortFirst: Gap[] = [{ days: 0, hours: 23, minutes: 59 }, day, day, day, day, day, day];
    expect(capFindings(calls(shortFirst))).toEqual([`call-${CALLS}`]);
    expect(gateOnEighth(shortFirst)).toBe('defer');
  });
});
