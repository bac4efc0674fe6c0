// The public face of the cadence workflow: its name, input, signals and queries.
// The API (client side) and the worker import these; nothing else about the workflow leaks out.
import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { AccountEvent, AccountSnapshot, CadenceIR, EnrollmentPolicy, EnrollmentState, ExitReason, TimelineEntry } from '@kairos/cadence/interpreter';

export const CADENCE_WORKFLOW = 'cadenceEnrollment';
export const DEFAULT_TASK_QUEUE = 'kairos-cadences';

/** Temporal workflow id of an enrollment: one durable execution per enrollment. */
export const enrollmentWorkflowId = (enrollmentId: string): string => `enrollment-${enrollmentId}`;

export interface CadenceWorkflowInput {
  ir: CadenceIR;
  enrollmentId: string;
  account: AccountSnapshot;
  /**
   * The portfolio's policies at enrollment (e.g. hold contact while a promise is open). Carried in the input, not
   * read by the workflow, so a replay decides the same way; absent in executions started before it: nothing is held.
   */
  policy?: EnrollmentPolicy;
  /** Present when continuing as new: where the previous run left off. */
  resumeFrom?: { state: EnrollmentState; pendingEvents: AccountEvent[] };
  /** Continue as new past this many history events (default 2,000); small values exercise it in tests. */
  historyLimit?: number;
}

/** Arguments of the activity that persists timeline entries and where the enrollment stands. */
export interface ProgressBatch {
  enrollmentId: string;
  entries: TimelineEntry[];
  status: 'active' | 'finished' | 'failed';
  currentStepId: string | null;
  exitReason: ExitReason | null;
}

/** The activities the workflow calls by name: `recordProgress` plus one per node kind that does work. */
export const RECORD_PROGRESS_ACTIVITY = 'recordProgress';

export interface CadenceWorkflowResult {
  status: EnrollmentState['status'];
  exit: EnrollmentState['exit'];
}

/** What a query sees of a running enrollment. */
export interface EnrollmentSnapshot {
  state: EnrollmentState;
  /** The most recent timeline entries (the database keeps all of them). */
  recent: TimelineEntry[];
}

/** A person pauses, resumes or stops an enrollment; `by` and `reason` go into its timeline. */
export interface EnrollmentControl {
  action: 'pause' | 'resume' | 'stop';
  by: string;
  reason?: string;
}

export const accountEventSignal = defineSignal<[AccountEvent]>('accountEvent');
export const enrollmentControlSignal = defineSignal<[EnrollmentControl]>('enrollmentControl');
export const accountUpdatedSignal = defineSignal<[AccountSnapshot]>('accountUpdated');
export const enrollmentQuery = defineQuery<EnrollmentSnapshot>('enrollment');

/**
 * Activities that may wait for a delivery receipt: they get a longer limit and must heartbeat.
 * Node kinds declare it (`waitsForReceipt`); activity-options.test.ts holds this list to them.
 */
export const RECEIPT_WAITING_ACTIVITIES: readonly string[] = ['sendMessage', 'sendNotice'];

// ---- Account notices: receipts and confirmations sent on the customer's channel ----------------------

export const NOTICE_WORKFLOW = 'accountNotice';
export const SEND_NOTICE_ACTIVITY = 'sendNotice';
export type NoticeKind = 'payment_received' | 'payment_failed' | 'plan_accepted' | 'plan_broken';

/** One notice per stored account event: the workflow id is derived from the event, so it is sent once. */
export interface NoticeInput {
  /** The stored account event (its row id) the notice is about. */
  eventRowId: string;
  accountId: string;
  kind: NoticeKind;
}
export const noticeWorkflowId = (eventRowId: string): string => `notice-${eventRowId}`;

/** What a notice came to: sent on a channel, or why not (every channel blocked or unreachable). */
export interface NoticeResult {
  outcome: string;
  detail?: Record<string, unknown>;
}
