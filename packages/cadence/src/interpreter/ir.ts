// The CadenceIR: the compiled, immutable, content-hashed state machine a published
// version runs. The interpreter knows only the primitive programs below; every node
// kind (built-in or custom) compiles down to one of them, so the IR replays the same
// way however node kinds evolve.

export const IR_FORMAT = 'kairos.cadence-ir/1' as const;

/** What a waiting step can be woken by: derived from account events. */
export type CadenceSignal =
  | 'paid'
  | 'partial_payment'
  | 'payment_failed'
  | 'promise'
  | 'plan_accepted'
  | 'plan_broken'
  | 'dispute'
  | 'dispute_resolved'
  | 'reply';
export const CADENCE_SIGNALS: readonly CadenceSignal[] = [
  'paid',
  'partial_payment',
  'payment_failed',
  'promise',
  'plan_accepted',
  'plan_broken',
  'dispute',
  'dispute_resolved',
  'reply',
];

/** Why an enrollment ended; `stopped`: a person stopped it (never a cadence's own exit). */
export type ExitReason = 'paid' | 'plan' | 'promise' | 'dispute' | 'escalated' | 'exhausted' | 'completed' | 'failed' | 'stopped';
export const EXIT_REASONS: readonly ExitReason[] = ['paid', 'plan', 'promise', 'dispute', 'escalated', 'exhausted', 'completed', 'failed', 'stopped'];

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface Duration {
  days?: number;
  hours?: number;
  minutes?: number;
}

/**
 * When a wait ends: after a duration (calendar days in the account's zone), relative to the due date,
 * or at the next opening of a local-time window (now, if the window is open).
 */
export type TimeSpec =
  | { after: Duration }
  | { dueDateOffsetDays: number; localTime: string }
  | { window: { days: Weekday[]; from: string; to: string } };

export type ConditionOperator = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'notIn' | 'exists' | 'notExists';

/** A declarative test on the account view (no code runs in workflows). */
export interface Condition {
  field: string;
  operator: ConditionOperator;
  value?: string | number | boolean | null | Array<string | number>;
}

export type StepProgram =
  | { op: 'goto'; outcome: string }
  | { op: 'branch'; rules: Array<{ when: Condition[]; outcome: string }>; otherwise: string }
  | { op: 'wait'; until: TimeSpec; outcome: string }
  | { op: 'waitForEvent'; on: Partial<Record<CadenceSignal, string>>; timeout: TimeSpec; timeoutOutcome: string }
  | { op: 'activity'; activity: string; input: Record<string, unknown>; outcomes: string[] }
  /** A/B split: the arm is chosen by hashing (account, experiment), so it is sticky and needs no randomness. */
  | { op: 'split'; experimentId: string; arms: Array<{ outcome: string; weight: number; control?: boolean }> }
  /** Wait for the promise on file to be kept (paid in full or the promised amount by its date + grace). */
  | { op: 'waitForPromise'; graceDays: number; kept: string; broken: string; none: string }
  /** Go round again while this step has been entered at most `times` times, then leave by `done`. */
  | { op: 'repeat'; times: number; again: string; done: string }
  | { op: 'finish'; reason: ExitReason };

export type StepOp = StepProgram['op'];

/** A rule by which Kairos enrolls accounts without an API call (read by the enrollment sweep, not the interpreter). */
export type EntryTrigger = (
  | { type: 'segment'; when: Condition[] }
  | { type: 'dpd'; days: number }
  | { type: 'preDue'; days: number }
) & {
  /** The portfolios whose accounts the rule enrolls; absent (graphs drawn before rules were scoped): `default` only. */
  portfolios?: string[];
};

export interface IRStep {
  /** The node kind this step was compiled from, and the kind's config version. */
  kind: string;
  kindVersion: number;
  label?: string;
  config: unknown;
  run: StepProgram;
  /** Outcome -> next step id. */
  next: Record<string, string>;
}

export interface CadenceIR {
  format: typeof IR_FORMAT;
  /** sha256 of the canonical JSON of everything but the hash itself. */
  hash: string;
  entry: string;
  /** Account signals that end the enrollment wherever it is (unless the current step waits for them). */
  interrupts: Partial<Record<CadenceSignal, ExitReason>>;
  /** Automatic enrollment rule of the entry; absent: enrolled by API only. */
  trigger?: EntryTrigger;
  /** Node kinds (and their config versions) this IR was compiled with. */
  nodeKinds: Record<string, number>;
  steps: Record<string, IRStep>;
}
