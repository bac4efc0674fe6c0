import {
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
  type ActivityInterfaceFor,
} from '@temporalio/workflow';
import {
  interpret,
  resume,
  startEnrollment,
  wakeAt,
  type AccountEvent,
  type AccountSnapshot,
  type ActivityResult,
  type CadenceCommand,
  type CadenceInput,
  type ActivityInput,
  type TimelineEntry,
  type Transition,
} from '@kairos/cadence/interpreter';
import {
  accountEventSignal,
  accountUpdatedSignal,
  enrollmentControlSignal,
  enrollmentQuery,
  RECEIPT_WAITING_ACTIVITIES,
  RECORD_PROGRESS_ACTIVITY,
  type CadenceWorkflowInput,
  type CadenceWorkflowResult,
  type EnrollmentControl,
  type ProgressBatch,
} from './contract';
import { PATCHES } from './patches';
import { msUntil, workflowNow } from './workflow-clock';

type CadenceActivities = Record<string, (input: ActivityInput) => Promise<ActivityResult>> & {
  recordProgress(batch: ProgressBatch): Promise<void>;
};

const activities = proxyActivities<ActivityInterfaceFor<CadenceActivities>>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

// A send may wait (bounded) for its delivery receipt to decide on a fallback: it heartbeats, so a
// worker that dies mid-wait is noticed within 20 seconds and the retry resumes the wait.
const messaging = proxyActivities<ActivityInterfaceFor<CadenceActivities>>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '20 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

const DEFAULT_HISTORY_LIMIT = 2_000;
const RECENT_KEPT = 50;

type AccountInput = { kind: 'event'; event: AccountEvent } | { kind: 'updated'; account: AccountSnapshot };

const controlInput = (c: EnrollmentControl, at: string): CadenceInput =>
  c.action === 'resume'
    ? { type: 'resume', at, by: c.by, ...(c.reason ? { reason: c.reason } : {}) }
    : { type: c.action, at, by: c.by, reason: c.reason ?? '' };

/** One account's enrollment in one cadence version: a thin driver of the pure interpreter. */
export async function cadenceEnrollment(input: CadenceWorkflowInput): Promise<CadenceWorkflowResult> {
  const { ir, enrollmentId } = input;
  const inbox: AccountInput[] = (input.resumeFrom?.pendingEvents ?? []).map((event) => ({ kind: 'event', event }));
  const unsaved: TimelineEntry[] = [];
  const recent: TimelineEntry[] = [];

  let t: Transition = input.resumeFrom
    ? { state: input.resumeFrom.state, commands: resume(ir, input.resumeFrom.state) }
    : startEnrollment(ir, { enrollmentId, account: input.account, at: workflowNow(), ...(input.policy ? { policy: input.policy } : {}) });

  setHandler(accountEventSignal, (event) => void inbox.push({ kind: 'event', event }));
  setHandler(accountUpdatedSignal, (account) => void inbox.push({ kind: 'updated', account }));
  // Kept apart from account inputs: a person's pause or stop goes first, even between two sends.
  const control: EnrollmentControl[] = [];
  setHandler(enrollmentControlSignal, (c) => void control.push(c));
  setHandler(enrollmentQuery, () => ({ state: t.state, recent: [...recent] }));

  const saveProgress = async () => {
    if (!patched(PATCHES.progressBatches)) return;
    const s = t.state;
    const batch: ProgressBatch = {
      enrollmentId,
      entries: unsaved.splice(0),
      status: s.status === 'finished' ? (s.exit?.reason === 'failed' ? 'failed' : 'finished') : 'active',
      currentStepId: s.stepId,
      exitReason: s.exit?.reason ?? null,
    };
    await activities[RECORD_PROGRESS_ACTIVITY]!(batch as never);
  };

  // A run continues as new only after it has handled an input itself: a fresh run's own start-up
  // history must not trigger another continue-as-new.
  let inputsThisRun = 0;
  for (;;) {
    let activity: Extract<CadenceCommand, { type: 'runActivity' }> | undefined;
    for (const c of t.commands) {
      if (c.type === 'log') {
        unsaved.push(c.entry);
        recent.push(c.entry);
        if (recent.length > RECENT_KEPT) recent.shift();
      } else if (c.type === 'runActivity') activity = c;
    }

    if (control.length > 0 && patched(PATCHES.personControl)) {
      const next = interpret(ir, t.state, controlInput(control.shift()!, workflowNow()));
      // A second pause or a resume of a running enrollment changes nothing: what was about to run still runs.
      t = next.commands.length === 0 && activity ? { state: next.state, commands: [activity] } : next;
      continue;
    }

    if (activity) {
      const run = (RECEIPT_WAITING_ACTIVITIES.includes(activity.activity) ? messaging : activities)[activity.activity];
      if (!run) throw new Error(`no activity named ${activity.activity} is registered on this worker`);
      const result = await run(activity.input);
      t = interpret(ir, t.state, { type: 'activityResult', at: workflowNow(), commandId: activity.commandId, result });
      continue;
    }

    if (t.state.status === 'finished') {
      await saveProgress();
      return { status: t.state.status, exit: t.state.exit };
    }

    // Waiting: persist what happened, then sleep until the wake time or an account event.
    await saveProgress();
    const info = workflowInfo();
    const historyFull = info.continueAsNewSuggested || info.historyLength > (input.historyLimit ?? DEFAULT_HISTORY_LIMIT);
    if (inputsThisRun > 0 && inbox.length === 0 && control.length === 0 && historyFull) {
      await continueAsNew<typeof cadenceEnrollment>({
        ...input,
        account: t.state.account,
        resumeFrom: { state: t.state, pendingEvents: [] },
      });
    }
    const wake = wakeAt(t.state);
    const woken = () => inbox.length > 0 || control.length > 0;
    if (!woken()) {
      const ms = wake === null ? undefined : msUntil(wake);
      if (ms === undefined) await condition(woken);
      else if (ms > 0) await condition(woken, ms);
    }
    if (control.length > 0) {
      t = { state: t.state, commands: [] };
      continue;
    }
    const next = inbox.shift();
    inputsThisRun++;
    if (!next) t = interpret(ir, t.state, { type: 'timer', at: workflowNow() });
    else if (next.kind === 'event') t = interpret(ir, t.state, { type: 'accountEvent', at: workflowNow(), event: next.event });
    else t = interpret(ir, t.state, { type: 'accountUpdated', at: workflowNow(), account: next.account });
  }
}
