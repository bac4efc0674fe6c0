// The cadence as the lint rules walk it: steps of the compiled IR (whatever node kinds they came
// from) joined by their outcomes, each edge saying how much time at least passes along it and
// what it does to the local time of day.
import type { CadenceIR, Condition, IRStep, TimeSpec } from '@kairos/cadence/interpreter';
import type { Channel } from '@kairos/compliance';

export const MINUTES_PER_DAY = 1_440;

/** What an edge does to the local clock: keeps it, moves it by minutes, sets it, or loses it. */
export type ClockEffect = { kind: 'keep' } | { kind: 'shift'; minutes: number } | { kind: 'set'; minute: number } | { kind: 'unknown' };

export interface FlowEdge {
  from: string;
  outcome: string;
  to: string;
  /** Least time that passes along the edge, in minutes (a due-date wait may already be due: 0). */
  minMinutes: number;
  clock: ClockEffect;
  /** The config field of `from` that decides the timing, when it has one. */
  timingField?: string;
  /** Conditions that hold when the edge is taken (a branch rule's). */
  holds: readonly Condition[];
}

export interface ContactStep {
  stepId: string;
  channel: Channel;
  body?: string;
  subject?: string;
  /** Autodialed or prerecorded (TCPA): every text, voicemail drops, and calls unless marked manual. */
  autodialed: boolean;
}

export interface CadenceFlow {
  ir: CadenceIR;
  out: ReadonlyMap<string, readonly FlowEdge[]>;
  contacts: ReadonlyMap<string, ContactStep>;
}

const CHANNELS_BY_NAME: Record<string, Channel> = {
  sms: 'sms',
  text: 'sms',
  email: 'email',
  voice: 'call',
  call: 'call',
  voicemail: 'voicemail',
  whatsapp: 'whatsapp',
  push: 'push',
  letter: 'letter',
};

/** A step that contacts the account: an activity whose input names a channel (built-in or custom node kinds). */
export function contactOf(stepId: string, step: IRStep): ContactStep | null {
  if (step.run.op !== 'activity') return null;
  const input = step.run.input;
  const channel = typeof input.channel === 'string' ? CHANNELS_BY_NAME[input.channel] : undefined;
  if (!channel) return null;
  const text = (k: string) => (typeof input[k] === 'string' ? (input[k] as string) : undefined);
  const body = text('body') ?? text('script') ?? text('message');
  const subject = text('subject');
  const manualCall = channel === 'call' && input.autodialed === false && input.prerecorded !== true;
  return {
    stepId,
    channel,
    ...(body !== undefined ? { body } : {}),
    ...(subject !== undefined ? { subject } : {}),
    autodialed: channel === 'sms' || channel === 'whatsapp' || channel === 'voicemail' || (channel === 'call' && !manualCall),
  };
}

const durationMinutes = (d: { days?: number; hours?: number; minutes?: number }) =>
  (d.days ?? 0) * MINUTES_PER_DAY + (d.hours ?? 0) * 60 + (d.minutes ?? 0);

function timed(spec: TimeSpec): Pick<FlowEdge, 'minMinutes' | 'clock'> {
  if ('after' in spec) {
    // Days are calendar days in the account's zone: they keep the time of day; hours and minutes move it.
    const shift = ((spec.after.hours ?? 0) * 60 + (spec.after.minutes ?? 0)) % MINUTES_PER_DAY;
    return { minMinutes: durationMinutes(spec.after), clock: shift === 0 ? { kind: 'keep' } : { kind: 'shift', minutes: shift } };
  }
  const [hh, mm] = spec.localTime.split(':').map(Number) as [number, number];
  return { minMinutes: 0, clock: { kind: 'set', minute: hh * 60 + mm } };
}

const timingFieldOf = (spec: TimeSpec, waitsForEvents: boolean) =>
  waitsForEvents ? 'timeout' : 'after' in spec ? 'duration' : 'localTime';

function edgesOf(id: string, step: IRStep): FlowEdge[] {
  const to = (outcome: string) => step.next[outcome];
  const edge = (outcome: string, rest: Omit<FlowEdge, 'from' | 'outcome' | 'to'>): FlowEdge[] => {
    const target = to(outcome);
    return target === undefined ? [] : [{ from: id, outcome, to: target, ...rest }];
  };
  const instant = { minMinutes: 0, clock: { kind: 'keep' } as ClockEffect, holds: [] as Condition[] };
  const run = step.run;
  switch (run.op) {
    case 'goto':
      return edge(run.outcome, instant);
    case 'activity':
      return run.outcomes.flatMap((o) => edge(o, instant));
    case 'branch':
      return [...run.rules.flatMap((r) => edge(r.outcome, { ...instant, holds: r.when })), ...edge(run.otherwise, instant)];
    case 'wait':
      return edge(run.outcome, { ...timed(run.until), timingField: timingFieldOf(run.until, false), holds: [] });
    case 'waitForEvent': {
      // An event may arrive at once and at any hour.
      const events = Object.values(run.on).flatMap((o) => (o ? edge(o, { minMinutes: 0, clock: { kind: 'unknown' }, holds: [] }) : []));
      return [...events, ...edge(run.timeoutOutcome, { ...timed(run.timeout), timingField: timingFieldOf(run.timeout, true), holds: [] })];
    }
    case 'finish':
      return [];
  }
}

/** The IR as a graph of timed edges, and its contact steps. */
export function flowOf(ir: CadenceIR): CadenceFlow {
  const out = new Map<string, FlowEdge[]>();
  const contacts = new Map<string, ContactStep>();
  for (const [id, step] of Object.entries(ir.steps)) {
    out.set(id, edgesOf(id, step));
    const contact = contactOf(id, step);
    if (contact) contacts.set(id, contact);
  }
  return { ir, out, contacts };
}

/** Steps reachable from `start` (itself included) without passing through a step `stop` accepts (those are included, not passed). */
export function reachable(flow: CadenceFlow, start: string, stop: (id: string) => boolean = () => false): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const id = queue.shift()!;
    if (id !== start && stop(id)) continue;
    for (const e of flow.out.get(id) ?? []) {
      if (!seen.has(e.to)) {
        seen.add(e.to);
        queue.push(e.to);
      }
    }
  }
  return seen;
}

/** A step's label for messages: its label when it has one, else its id. */
export const named = (flow: CadenceFlow, id: string) => {
  const label = flow.ir.steps[id]?.label;
  return label ? `"${label}" (${id})` : `"${id}"`;
};
