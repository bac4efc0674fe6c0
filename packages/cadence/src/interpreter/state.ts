import type { AccountEvent, AccountSnapshot } from '../account';
import type { CadenceSignal, ExitReason } from './ir';

/** What a running enrollment is waiting for, if anything. */
export type Waiting =
  | { type: 'timer'; stepId: string; until: string; outcome: string }
  | { type: 'event'; stepId: string; on: Partial<Record<CadenceSignal, string>>; until: string; timeoutOutcome: string }
  | { type: 'activity'; stepId: string; commandId: string }
  /** The activity asked to be retried later (e.g. compliance said "defer until T"). */
  | { type: 'retry'; stepId: string; commandId: string; until: string }
  /** A promise to pay is on file: kept when paid, broken at `until`. */
  | { type: 'promise'; stepId: string; until: string; kept: string; broken: string }
  /** A contact step held by the portfolio's policy while a promise to pay is open: it runs once the promise is kept or broken (`until`). */
  | { type: 'hold'; stepId: string; commandId: string; until: string };

/** Portfolio policies an enrollment starts with, fixed for its life so that a replay decides the same way. */
export interface EnrollmentPolicy {
  /** Contact steps wait while a promise to pay is open: recorded, not yet kept, promised date + grace not passed. */
  holdContactWhilePromiseOpen: boolean;
  /** Days after the promised date before an unkept promise counts as broken (default 1, as the "Promise kept?" step's). */
  promiseGraceDays?: number;
}

/** The account holder's latest promise to pay, and what has been paid towards it since. */
export interface PromiseOnFile {
  eventId: string;
  amountCents: number;
  promisedDate: string;
  paidCents: number;
}

/** Who paused an enrollment, when and why, and the account events that arrived meanwhile (applied at resume). */
export interface PauseOnFile {
  at: string;
  by: string;
  reason: string;
  held: AccountEvent[];
}

export interface EnrollmentState {
  enrollmentId: string;
  irHash: string;
  status: 'active' | 'finished';
  stepId: string | null;
  /** How many times each step has been entered; the attempt number in idempotency keys. */
  visits: Record<string, number>;
  waiting: Waiting | null;
  account: AccountSnapshot;
  /** Recent account event ids, so a redelivered signal is not applied twice. */
  seenEventIds: string[];
  exit: { reason: ExitReason; at: string; stepId: string | null } | null;
  /** Experiment id -> arm outcome, fixed at first assignment (absent in states written before splits existed). */
  experiments?: Record<string, string>;
  promise?: PromiseOnFile | null;
  /** Set while a person has paused the enrollment: it sends nothing until resumed (absent in older states). */
  paused?: PauseOnFile | null;
  /** The portfolio's policies at enrollment (absent in states written before policies: nothing is held). */
  policy?: EnrollmentPolicy;
  /** Number of timeline entries emitted so far: the sequence number of the next one. */
  seq: number;
}

/** Inputs to the interpreter; time always arrives with them (`at`), never read from a clock. */
export type CadenceInput =
  | { type: 'timer'; at: string }
  | { type: 'activityResult'; at: string; commandId: string; result: ActivityResult }
  | { type: 'accountEvent'; at: string; event: AccountEvent }
  | { type: 'accountUpdated'; at: string; account: AccountSnapshot }
  /** A person's decision about the enrollment, with who made it and why. */
  | { type: 'pause' | 'stop'; at: string; by: string; reason: string }
  | { type: 'resume'; at: string; by: string; reason?: string };

/** What an activity reports back: the outcome to leave by, or a later instant to try again. */
export type ActivityResult =
  /** `account`: the account as the activity left it (an extension moved the due date, a tag was set). */
  | { outcome: string; detail?: Record<string, unknown>; account?: AccountSnapshot }
  | { retryAt: string; reason: string };

/** What a timeline entry records (the API's TimelineEntry schema offers exactly these). */
export const TIMELINE_ENTRY_TYPES = ['entered', 'left', 'waiting', 'event', 'activity', 'assigned', 'finished', 'error', 'paused', 'resumed'] as const;

export interface TimelineEntry {
  seq: number;
  at: string;
  type: (typeof TIMELINE_ENTRY_TYPES)[number];
  stepId: string | null;
  outcome?: string;
  detail?: Record<string, unknown>;
}

export type CadenceCommand =
  | { type: 'runActivity'; commandId: string; stepId: string; activity: string; input: ActivityInput }
  | { type: 'waitUntil'; until: string }
  | { type: 'waitForEvent'; signals: CadenceSignal[]; until: string }
  | { type: 'finish'; reason: ExitReason }
  | { type: 'log'; entry: TimelineEntry };

/** Every activity receives the step's compiled input plus where it runs, and an idempotency key. */
export interface ActivityInput {
  idempotencyKey: string;
  enrollmentId: string;
  accountId: string;
  stepId: string;
  attempt: number;
  params: Record<string, unknown>;
}

export interface Transition {
  state: EnrollmentState;
  commands: CadenceCommand[];
}
