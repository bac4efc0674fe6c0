import type { AccountEvent, AccountSnapshot } from '../account';
import { accountView, conditionsHold } from './conditions';
import type { CadenceIR, CadenceSignal, ExitReason, IRStep } from './ir';
import type { ActivityResult, CadenceCommand, CadenceInput, EnrollmentPolicy, EnrollmentState, TimelineEntry, Transition, Waiting } from './state';
import { assignmentBucket, chooseArm } from './assignment';
import { endOfLocalDay, resolveTimeSpec } from './time';

/** More instant transitions than this in one input means a loop without a wait slipped through. */
export const MAX_INSTANT_TRANSITIONS = 1_000;
const SEEN_EVENT_IDS_KEPT = 200;

/** `a` is at or before `b` (ISO instants compared as instants, not as strings). */
const notAfter = (a: string, b: string): boolean => Date.parse(a) <= Date.parse(b);

// A mutable working copy for one call; the caller's state is never touched.
interface Run {
  ir: CadenceIR;
  s: EnrollmentState;
  out: CadenceCommand[];
  at: string;
}

function log(run: Run, entry: Omit<TimelineEntry, 'seq' | 'at'>): void {
  run.out.push({ type: 'log', entry: { seq: run.s.seq++, at: run.at, ...entry } });
}

function finish(run: Run, reason: ExitReason, detail?: Record<string, unknown>): void {
  run.s.status = 'finished';
  run.s.waiting = null;
  run.s.exit = { reason, at: run.at, stepId: run.s.stepId };
  log(run, { type: 'finished', stepId: run.s.stepId, outcome: reason, ...(detail ? { detail } : {}) });
  run.out.push({ type: 'finish', reason });
}

function step(run: Run, id: string): IRStep {
  const found = run.ir.steps[id];
  if (!found) throw new Error(`IR ${run.ir.hash} has no step ${id}`);
  return found;
}

/** Leave `stepId` by `outcome`: the step to enter next, or null when the outcome leads nowhere. */
function follow(run: Run, stepId: string, outcome: string): string | null {
  log(run, { type: 'left', stepId, outcome });
  const target = step(run, stepId).next[outcome];
  if (target !== undefined) return target;
  // compile() rejects unwired outcomes; an IR edited by hand still ends cleanly.
  finish(run, 'failed', { error: `outcome "${outcome}" of step ${stepId} leads nowhere` });
  return null;
}

/** Leave the step the enrollment waits at and keep going until something has to wait. */
function leave(run: Run, outcome: string): void {
  const from = run.s.stepId;
  if (from === null) return;
  run.s.waiting = null;
  const target = follow(run, from, outcome);
  if (target !== null) advance(run, target);
}

function advance(run: Run, firstStepId: string): void {
  let next: string | null = firstStepId;
  for (let hops = 0; next !== null; hops++) {
    if (hops >= MAX_INSTANT_TRANSITIONS) {
      finish(run, 'failed', { error: `more than ${MAX_INSTANT_TRANSITIONS} steps without waiting` });
      return;
    }
    next = enter(run, next);
  }
}

/** Enter a step; returns the step to enter next when the step decides instantly, else null. */
function enter(run: Run, id: string): string | null {
  const s = run.s;
  const st = step(run, id);
  s.stepId = id;
  const visit = (s.visits[id] ?? 0) + 1;
  s.visits[id] = visit;
  log(run, { type: 'entered', stepId: id });
  const take = (outcome: string): string | null => follow(run, id, outcome);
  const p = st.run;
  switch (p.op) {
    case 'goto':
      return take(p.outcome);
    case 'branch': {
      const view = accountView(s.account, run.at);
      const rule = p.rules.find((r) => conditionsHold(r.when, view));
      return take(rule ? rule.outcome : p.otherwise);
    }
    case 'wait': {
      const until = resolveTimeSpec(p.until, run.at, s.account);
      if (notAfter(until, run.at)) return take(p.outcome);
      s.waiting = { type: 'timer', stepId: id, until, outcome: p.outcome };
      log(run, { type: 'waiting', stepId: id, detail: { until } });
      run.out.push({ type: 'waitUntil', until });
      return null;
    }
    case 'waitForEvent': {
      const until = resolveTimeSpec(p.timeout, run.at, s.account);
      if (notAfter(until, run.at)) return take(p.timeoutOutcome);
      s.waiting = { type: 'event', stepId: id, on: p.on, until, timeoutOutcome: p.timeoutOutcome };
      const signals = Object.keys(p.on) as CadenceSignal[];
      log(run, { type: 'waiting', stepId: id, detail: { until, signals } });
      run.out.push({ type: 'waitForEvent', signals, until });
      return null;
    }
    case 'activity': {
      const commandId = `${id}#${visit}`;
      if (heldByPromise(run, id, commandId, p.activity)) return null;
      s.waiting = { type: 'activity', stepId: id, commandId };
      run.out.push(activityCommand(s, id, commandId, visit, p.activity, p.input));
      return null;
    }
    case 'split': {
      const assigned = s.experiments?.[p.experimentId];
      if (assigned !== undefined && p.arms.some((a) => a.outcome === assigned)) return take(assigned);
      const bucket = assignmentBucket(s.account.id, p.experimentId);
      const arm = chooseArm(p.arms, bucket);
      s.experiments = { ...s.experiments, [p.experimentId]: arm.outcome };
      log(run, { type: 'assigned', stepId: id, outcome: arm.outcome, detail: { experimentId: p.experimentId, bucket, control: arm.control === true } });
      return take(arm.outcome);
    }
    case 'waitForPromise': {
      const promise = s.promise;
      if (!promise) return take(p.none);
      if (promiseKept(s)) return take(p.kept);
      const until = endOfLocalDay(promise.promisedDate, p.graceDays, s.account.timezone);
      if (notAfter(until, run.at)) return take(p.broken);
      s.waiting = { type: 'promise', stepId: id, until, kept: p.kept, broken: p.broken };
      log(run, { type: 'waiting', stepId: id, detail: { until, promiseEventId: promise.eventId } });
      run.out.push({ type: 'waitUntil', until });
      return null;
    }
    case 'repeat':
      return take(visit <= p.times ? p.again : p.done);
    case 'finish':
      finish(run, p.reason);
      return null;
  }
}

/** A promise is kept once the promised amount is paid, or nothing is owed any more. */
const promiseKept = (s: EnrollmentState): boolean =>
  s.promise != null && (s.promise.paidCents >= s.promise.amountCents || s.account.balanceCents === 0);

/** Activities that reach the account holder: the ones a promise hold keeps waiting. */
const CONTACT_ACTIVITIES: ReadonlySet<string> = new Set(['sendMessage']);
const DEFAULT_PROMISE_GRACE_DAYS = 1;

/** When the open promise to pay counts as broken, if the policy holds contact for it; null when nothing is held. */
function promiseHoldUntil(run: Run): string | null {
  const s = run.s;
  if (!s.policy?.holdContactWhilePromiseOpen || !s.promise || promiseKept(s)) return null;
  const until = endOfLocalDay(s.promise.promisedDate, s.policy.promiseGraceDays ?? DEFAULT_PROMISE_GRACE_DAYS, s.account.timezone);
  return notAfter(until, run.at) ? null : until;
}

const money = (cents: number, currency: string): string => {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
};

/** Hold a contact step while a promise is open (the portfolio's policy); the timeline says which promise it waits for. */
function heldByPromise(run: Run, stepId: string, commandId: string, activity: string): boolean {
  const until = CONTACT_ACTIVITIES.has(activity) ? promiseHoldUntil(run) : null;
  if (until === null) return false;
  const promise = run.s.promise!;
  run.s.waiting = { type: 'hold', stepId, commandId, until };
  log(run, {
    type: 'waiting',
    stepId,
    detail: {
      until,
      reason: 'promise_open',
      promiseEventId: promise.eventId,
      amountCents: promise.amountCents,
      promisedDate: promise.promisedDate,
      message: `waiting: promise to pay of ${money(promise.amountCents, run.s.account.currency)} due ${promise.promisedDate} is open`,
    },
  });
  run.out.push({ type: 'waitUntil', until });
  return true;
}

/** A held contact step goes ahead once its promise is kept or broken; a newer promise holds it again. */
function releaseHold(run: Run, w: Extract<Waiting, { type: 'hold' }>): void {
  const st = step(run, w.stepId);
  if (st.run.op !== 'activity') return;
  if (heldByPromise(run, w.stepId, w.commandId, st.run.activity)) return;
  run.s.waiting = { type: 'activity', stepId: w.stepId, commandId: w.commandId };
  run.out.push(activityCommand(run.s, w.stepId, w.commandId, run.s.visits[w.stepId] ?? 1, st.run.activity, st.run.input));
}

function activityCommand(
  s: EnrollmentState,
  stepId: string,
  commandId: string,
  attempt: number,
  activity: string,
  params: Record<string, unknown>,
): CadenceCommand {
  return {
    type: 'runActivity',
    commandId,
    stepId,
    activity,
    input: {
      idempotencyKey: `${s.enrollmentId}:${stepId}:${attempt}`,
      enrollmentId: s.enrollmentId,
      accountId: s.account.id,
      stepId,
      attempt,
      params,
    },
  };
}

/** Payments, promises and disputes as the signals steps can wait for; also updates the account. */
export function classifyEvent(account: AccountSnapshot, event: AccountEvent): { signal: CadenceSignal; account: AccountSnapshot } {
  switch (event.type) {
    case 'payment': {
      // The ledger's balance wins when it says one (a settlement discount pays off more than the amount).
      const balanceCents = event.balanceAfterCents ?? Math.max(0, account.balanceCents - event.amountCents);
      return { signal: balanceCents === 0 ? 'paid' : 'partial_payment', account: { ...account, balanceCents } };
    }
    case 'promise':
      return { signal: 'promise', account };
    case 'dispute':
      return { signal: 'dispute', account };
    case 'payment_failed': {
      // A returned payment is owed again; the ledger says how much is owed now.
      const balanceCents = event.balanceAfterCents ?? (event.returnedEventId ? account.balanceCents + event.amountCents : account.balanceCents);
      return { signal: 'payment_failed', account: { ...account, balanceCents } };
    }
    case 'plan_accepted':
      return { signal: 'plan_accepted', account };
    case 'plan_broken':
      return { signal: 'plan_broken', account };
    case 'dispute_resolved':
      return { signal: 'dispute_resolved', account };
    case 'reply':
      return { signal: 'reply', account };
  }
}

function clone(s: EnrollmentState): EnrollmentState {
  return {
    ...s,
    visits: { ...s.visits },
    seenEventIds: [...s.seenEventIds],
    waiting: s.waiting ? { ...s.waiting } : null,
    account: { ...s.account },
    exit: s.exit ? { ...s.exit } : null,
    ...(s.experiments ? { experiments: { ...s.experiments } } : {}),
    ...(s.promise ? { promise: { ...s.promise } } : {}),
    ...(s.paused ? { paused: { ...s.paused, held: [...s.paused.held] } } : {}),
    ...(s.policy ? { policy: { ...s.policy } } : {}),
  };
}

/** Begin an enrollment at the IR's entry step. */
export function startEnrollment(
  ir: CadenceIR,
  init: { enrollmentId: string; account: AccountSnapshot; at: string; policy?: EnrollmentPolicy },
): Transition {
  const s: EnrollmentState = {
    enrollmentId: init.enrollmentId,
    irHash: ir.hash,
    status: 'active',
    stepId: null,
    visits: {},
    waiting: null,
    account: init.account,
    seenEventIds: [],
    exit: null,
    seq: 0,
    ...(init.policy ? { policy: { ...init.policy } } : {}),
  };
  const run: Run = { ir, s, out: [], at: init.at };
  advance(run, ir.entry);
  return { state: run.s, commands: run.out };
}

function onActivityResult(run: Run, commandId: string, result: ActivityResult): void {
  const w = run.s.waiting;
  if (!w || (w.type !== 'activity' && w.type !== 'retry') || w.commandId !== commandId) return;
  if ('retryAt' in result) {
    log(run, { type: 'activity', stepId: w.stepId, outcome: 'retry', detail: { until: result.retryAt, reason: result.reason } });
    run.s.waiting = { type: 'retry', stepId: w.stepId, commandId, until: result.retryAt };
    run.out.push({ type: 'waitUntil', until: result.retryAt });
    return;
  }
  log(run, { type: 'activity', stepId: w.stepId, outcome: result.outcome, ...(result.detail ? { detail: result.detail } : {}) });
  if (result.account) run.s.account = result.account;
  leave(run, result.outcome);
}

function onTimer(run: Run): void {
  const w = run.s.waiting;
  if (!w || w.type === 'activity' || !notAfter(w.until, run.at)) return; // early or stale wake-up: keep waiting
  if (w.type === 'timer') return leave(run, w.outcome);
  if (w.type === 'event') return leave(run, w.timeoutOutcome);
  if (w.type === 'promise') return leave(run, w.broken);
  if (w.type === 'hold') return releaseHold(run, w);
  // Retry: ask the same activity again with the same attempt number, so the idempotency key is unchanged.
  const st = step(run, w.stepId);
  if (st.run.op !== 'activity') return;
  run.s.waiting = { type: 'activity', stepId: w.stepId, commandId: w.commandId };
  const attempt = run.s.visits[w.stepId] ?? 1;
  run.out.push(activityCommand(run.s, w.stepId, w.commandId, attempt, st.run.activity, st.run.input));
}

function onAccountEvent(run: Run, event: AccountEvent): void {
  const s = run.s;
  if (s.seenEventIds.includes(event.eventId)) return;
  s.seenEventIds = [...s.seenEventIds, event.eventId].slice(-SEEN_EVENT_IDS_KEPT);
  const { signal, account } = classifyEvent(s.account, event);
  s.account = account;
  if (event.type === 'promise') {
    s.promise = { eventId: event.eventId, amountCents: event.amountCents, promisedDate: event.promisedDate, paidCents: 0 };
  } else if (event.type === 'payment' && s.promise) {
    s.promise = { ...s.promise, paidCents: s.promise.paidCents + event.amountCents };
  }
  log(run, { type: 'event', stepId: s.stepId, outcome: signal, detail: { eventId: event.eventId, eventType: event.type } });
  const w = s.waiting;
  if (w?.type === 'event' && w.on[signal] !== undefined) return leave(run, w.on[signal]);
  if (w?.type === 'promise') {
    // The step watching a promise owns payments: paying is keeping it, not a reason to interrupt.
    if (promiseKept(s)) return leave(run, w.kept);
    if (signal === 'partial_payment') return;
    if (event.type === 'promise') {
      s.waiting = { ...w, until: endOfLocalDay(event.promisedDate, graceOf(run, w.stepId), s.account.timezone) };
      run.out.push({ type: 'waitUntil', until: s.waiting.until });
      return;
    }
  }
  const interrupt = run.ir.interrupts[signal];
  if (interrupt !== undefined) return finish(run, interrupt, { signal });
  // A held step goes ahead when the promise is kept; a new promise moves the hold to its date.
  if (w?.type === 'hold' && promiseHoldUntil(run) !== w.until) releaseHold(run, w);
}

const graceOf = (run: Run, stepId: string): number => {
  const p = step(run, stepId).run;
  return p.op === 'waitForPromise' ? p.graceDays : 0;
};

function onPause(run: Run, by: string, reason: string): void {
  if (run.s.paused) return;
  run.s.paused = { at: run.at, by, reason, held: [] };
  log(run, { type: 'paused', stepId: run.s.stepId, detail: { by, reason } });
}

/**
 * Pick up where the pause left off: the account events that arrived meanwhile first (a payment must
 * win over a reminder whose wait ended during the pause), then the held-back send, then any wait that
 * ended during the pause. A wait for the account holder gets the pause's length added to its timeout.
 */
function onResume(run: Run, by: string, reason: string | undefined): void {
  const p = run.s.paused;
  if (!p) return;
  run.s.paused = null;
  log(run, { type: 'resumed', stepId: run.s.stepId, detail: { by, pausedAt: p.at, ...(reason ? { reason } : {}) } });
  const w = run.s.waiting;
  if (w?.type === 'event') {
    const pausedMs = Math.max(0, Date.parse(run.at) - Date.parse(p.at));
    run.s.waiting = { ...w, until: new Date(Date.parse(w.until) + pausedMs).toISOString() };
  }
  const before = run.s.waiting;
  for (const event of p.held) {
    if (run.s.status === 'finished') return;
    onAccountEvent(run, event);
  }
  // An event moved the enrollment on (and asked for what comes next itself).
  if (run.s.status === 'finished' || run.s.waiting !== before) return;
  const wake = wakeAt(run.s);
  if (wake !== null && notAfter(wake, run.at)) return onTimer(run);
  if (before?.type === 'event') run.out.push({ type: 'waitForEvent', signals: Object.keys(before.on) as CadenceSignal[], until: before.until });
  else run.out.push(...resume(run.ir, run.s));
}

/** Apply one input to an enrollment: the pure heart of every cadence run, in Temporal and in simulation. */
export function interpret(ir: CadenceIR, state: EnrollmentState, input: CadenceInput): Transition {
  const run: Run = { ir, s: clone(state), out: [], at: input.at };
  if (run.s.status === 'finished') return { state: run.s, commands: [] };
  switch (input.type) {
    case 'timer':
      if (!run.s.paused) onTimer(run);
      break;
    case 'activityResult':
      onActivityResult(run, input.commandId, input.result);
      break;
    case 'accountEvent':
      if (run.s.paused) {
        if (!run.s.paused.held.some((e) => e.eventId === input.event.eventId)) run.s.paused.held.push(input.event);
      } else onAccountEvent(run, input.event);
      break;
    case 'accountUpdated':
      run.s.account = input.account;
      break;
    case 'pause':
      onPause(run, input.by, input.reason);
      break;
    case 'resume':
      onResume(run, input.by, input.reason);
      break;
    case 'stop':
      finish(run, 'stopped', { by: input.by, reason: input.reason });
      break;
  }
  // A paused enrollment sends nothing: an activity it comes to waits in its state, and resume asks for it.
  if (run.s.paused) run.out = run.out.filter((c) => c.type !== 'runActivity');
  return { state: run.s, commands: run.out };
}

/** When the enrollment next needs waking without an event (null: not waiting on time). */
export function wakeAt(state: EnrollmentState): string | null {
  const w = state.waiting;
  if (state.status === 'finished' || state.paused || !w || w.type === 'activity') return null;
  return w.until;
}

/** Commands to re-issue after continuing as new: the pending activity, if the state is mid-activity. */
export function resume(ir: CadenceIR, state: EnrollmentState): CadenceCommand[] {
  const w = state.waiting;
  if (state.status === 'finished' || state.paused || !w) return [];
  if (w.type !== 'activity') return [{ type: 'waitUntil', until: w.until }];
  const st = ir.steps[w.stepId];
  if (!st || st.run.op !== 'activity') return [];
  return [activityCommand(state, w.stepId, w.commandId, state.visits[w.stepId] ?? 1, st.run.activity, st.run.input)];
}
