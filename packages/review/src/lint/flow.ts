// The cadence as the lint rules walk it: steps of the compiled IR (whatever node kinds they came
// from) joined by their outcomes, each edge saying how much time at least passes along it and
// what it does to the local time of day.
import type { CadenceIR, Condition, IRStep, TimeSpec } from '@kairos/cadence/interpreter';
import { complianceChannel, type Channel } from '@kairos/compliance';

export const MINUTES_PER_DAY = 1_440;

/** What an edge does to the local clock: keeps it, moves it by minutes, sets it (to a minute, or somewhere in a window), or loses it. */
export type ClockEffect =
  | { kind: 'keep' }
  | { kind: 'shift'; minutes: number }
  | { kind: 'set'; minute: number }
  | { kind: 'window'; from: number; to: number }
  | { kind: 'unknown' };

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

/** One text of a message: its default body or a language variant, with the config field it sits in. */
export interface MessageText {
  field: string;
  body: string;
}

/** One way a contact step may reach the account: its channel, or one of its fallback channels. */
export interface ContactMessage {
  channel: Channel;
  /** Config path of this message: '' for the step's own channel, `fallback.0` for the first fallback. */
  place: string;
  texts: MessageText[];
  /** Autodialed or prerecorded (TCPA): every text, voicemail drops, and calls unless marked manual. */
  autodialed: boolean;
}

export interface ContactStep {
  stepId: string;
  messages: ContactMessage[];
}

/** `body` under a message's place: `body`, `fallback.0.body`. */
export const at = (place: string, field: string) => (place ? `${place}.${field}` : field);

export interface CadenceFlow {
  ir: CadenceIR;
  out: ReadonlyMap<string, readonly FlowEdge[]>;
  contacts: ReadonlyMap<string, ContactStep>;
}

/** A step's channel for the design-time rules: compliance's reading, and `text` for an SMS. */
const channelOfStep = (name: string): Channel | undefined => (name === 'text' ? 'sms' : complianceChannel(name));

function messageOf(input: Record<string, unknown>, place: string): ContactMessage | null {
  const channel = typeof input.channel === 'string' ? channelOfStep(input.channel) : undefined;
  if (!channel) return null;
  const texts: MessageText[] = [];
  for (const key of ['body', 'script', 'message']) {
    if (typeof input[key] === 'string') texts.push({ field: at(place, key), body: input[key] as string });
  }
  if (Array.isArray(input.variants)) {
    input.variants.forEach((v: unknown, i) => {
      const body = (v as { body?: unknown } | null)?.body;
      if (typeof body === 'string') texts.push({ field: at(place, `variants.${i}.body`), body });
    });
  }
  const manualCall = channel === 'call' && input.autodialed === false && input.prerecorded !== true;
  return {
    channel,
    place,
    texts,
    autodialed: channel === 'sms' || channel === 'whatsapp' || channel === 'voicemail' || (channel === 'call' && !manualCall),
  };
}

/** A step that contacts the account: an activity whose input names a channel (built-in or custom node kinds), with its fallbacks. */
export function contactOf(stepId: string, step: IRStep): ContactStep | null {
  if (step.run.op !== 'activity') return null;
  const input = step.run.input;
  const primary = messageOf(input, '');
  if (!primary) return null;
  const fallbacks = Array.isArray(input.fallback)
    ? input.fallback.flatMap((f: unknown, i) => {
        const m = f && typeof f === 'object' ? messageOf(f as Record<string, unknown>, `fallback.${i}`) : null;
        return m ? [m] : [];
      })
    : [];
  return { stepId, messages: [primary, ...fallbacks] };
}

/** Every channel a step may contact by. */
export const channelsOf = (c: ContactStep) => c.messages.map((m) => m.channel);

const durationMinutes = (d: { days?: number; hours?: number; minutes?: number }) =>
  (d.days ?? 0) * MINUTES_PER_DAY + (d.hours ?? 0) * 60 + (d.minutes ?? 0);

const minuteOf = (clock: string) => {
  const [hh, mm] = clock.split(':').map(Number) as [number, number];
  return hh * 60 + mm;
};

function timed(spec: TimeSpec): Pick<FlowEdge, 'minMinutes' | 'clock'> {
  if ('window' in spec) {
    // The next opening of a local-time window: now if it is open, and always at a time inside it.
    return { minMinutes: 0, clock: { kind: 'window', from: minuteOf(spec.window.from), to: minuteOf(spec.window.to) } };
  }
  if ('after' in spec) {
    // Days are calendar days in the account's zone: they keep the time of day; hours and minutes move it.
    const shift = ((spec.after.hours ?? 0) * 60 + (spec.after.minutes ?? 0)) % MINUTES_PER_DAY;
    return { minMinutes: durationMinutes(spec.after), clock: shift === 0 ? { kind: 'keep' } : { kind: 'shift', minutes: shift } };
  }
  return { minMinutes: 0, clock: { kind: 'set', minute: minuteOf(spec.localTime) } };
}

const timingFieldOf = (spec: TimeSpec, waitsForEvents: boolean) =>
  waitsForEvents ? 'timeout' : 'after' in spec ? 'duration' : 'window' in spec ? 'window' : 'localTime';

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
    case 'split':
      return run.arms.flatMap((a) => edge(a.outcome, instant));
    case 'repeat':
      return [...edge(run.again, instant), ...edge(run.done, instant)];
    case 'waitForPromise': {
      // Kept or broken is known when a payment arrives or the promised date passes: any time, at any hour.
      const later = { minMinutes: 0, clock: { kind: 'unknown' } as ClockEffect, holds: [] as Condition[] };
      return [...edge(run.kept, later), ...edge(run.broken, later), ...edge(run.none, instant)];
    }
    case 'finish':
      return [];
    default:
      // A primitive this lint does not know yet: follow every wired outcome, assuming nothing about time.
      return Object.keys(step.next).flatMap((o) => edge(o, { minMinutes: 0, clock: { kind: 'unknown' }, holds: [] }));
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
