// The in-process simulator: the same pure interpreter that runs in Temporal, driven over many
// accounts and months of virtual time in seconds. Enrollments do not interact, so each account's
// run is its own loop over timer wake-ups and scripted account events, in time order.
import type { AccountEvent, AccountSnapshot } from '../account';
import type { CadenceIR, ExitReason } from '../interpreter/ir';
import { interpret, startEnrollment, wakeAt } from '../interpreter/interpreter';
import type { ActivityInput, ActivityResult, CadenceCommand, EnrollmentState, TimelineEntry } from '../interpreter/state';

/** An account event the script delivers at a virtual instant. */
export interface ScriptedEvent {
  accountId: string;
  at: string;
  event: AccountEvent;
}

/** A contact the simulated cadence made (or tried to make). */
export interface SimulatedActivity {
  stepId: string;
  activity: string;
  at: string;
  params: Record<string, unknown>;
  outcome: string;
}

export interface SimulatedEnrollment {
  accountId: string;
  status: EnrollmentState['status'];
  exit: { reason: ExitReason; at: string; stepId: string | null } | null;
  activities: SimulatedActivity[];
  timeline: TimelineEntry[];
  /** Interpreter inputs applied, for throughput figures. */
  steps: number;
}

export interface SimulationOptions {
  ir: CadenceIR;
  accounts: readonly AccountSnapshot[];
  startAt: string;
  /** Stop each run at this many days of virtual time (still active runs are reported as such). */
  horizonDays: number;
  script?: readonly ScriptedEvent[];
  /** What an activity answers; by default its first outcome. Pure functions keep simulations repeatable. */
  activity?: (input: ActivityInput & { activity: string }, account: AccountSnapshot, at: string) => ActivityResult;
  /** Keep each run's timeline (memory grows with it). */
  keepTimeline?: boolean;
  onProgress?: (done: number, total: number) => void;
}

const DAY_MS = 86_400_000;

function defaultActivity(ir: CadenceIR) {
  return (input: ActivityInput & { activity: string }): ActivityResult => {
    const run = ir.steps[input.stepId]?.run;
    return { outcome: run && run.op === 'activity' ? (run.outcomes[0] ?? 'next') : 'next' };
  };
}

/** Run one account through the cadence from `startAt` until it finishes or the horizon passes. */
export function simulateEnrollment(opts: SimulationOptions, account: AccountSnapshot, events: readonly ScriptedEvent[], enrollmentId: string): SimulatedEnrollment {
  const answer = opts.activity ?? defaultActivity(opts.ir);
  const horizon = Date.parse(opts.startAt) + opts.horizonDays * DAY_MS;
  const pending = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const activities: SimulatedActivity[] = [];
  const timeline: TimelineEntry[] = [];
  let steps = 1;
  let t = startEnrollment(opts.ir, { enrollmentId, account, at: opts.startAt });

  const absorb = (commands: CadenceCommand[]) => {
    let activity: Extract<CadenceCommand, { type: 'runActivity' }> | undefined;
    for (const c of commands) {
      if (c.type === 'log') {
        if (opts.keepTimeline) timeline.push(c.entry);
      } else if (c.type === 'runActivity') activity = c;
    }
    return activity;
  };

  let now = Date.parse(opts.startAt);
  for (;;) {
    const activity = absorb(t.commands);
    if (activity) {
      const at = new Date(now).toISOString();
      const result = answer({ ...activity.input, activity: activity.activity }, t.state.account, at);
      activities.push({
        stepId: activity.stepId,
        activity: activity.activity,
        at,
        params: activity.input.params,
        outcome: 'outcome' in result ? result.outcome : `retry:${result.retryAt}`,
      });
      t = interpret(opts.ir, t.state, { type: 'activityResult', at, commandId: activity.commandId, result });
      steps++;
      continue;
    }
    if (t.state.status === 'finished') break;
    const wake = wakeAt(t.state);
    const wakeMs = wake === null ? Infinity : Date.parse(wake);
    const next = pending[0];
    const nextMs = next ? Date.parse(next.at) : Infinity;
    if (Math.min(wakeMs, nextMs) > horizon) break;
    if (next && nextMs <= wakeMs) {
      pending.shift();
      now = Math.max(now, nextMs);
      t = interpret(opts.ir, t.state, { type: 'accountEvent', at: new Date(now).toISOString(), event: next.event });
    } else {
      now = Math.max(now, wakeMs);
      t = interpret(opts.ir, t.state, { type: 'timer', at: new Date(now).toISOString() });
    }
    steps++;
  }
  return { accountId: account.id, status: t.state.status, exit: t.state.exit, activities, timeline, steps };
}

/** Run every account of a portfolio through the cadence. Deterministic: same inputs, same results. */
export function simulatePortfolio(opts: SimulationOptions): SimulatedEnrollment[] {
  const byAccount = new Map<string, ScriptedEvent[]>();
  for (const e of opts.script ?? []) byAccount.set(e.accountId, [...(byAccount.get(e.accountId) ?? []), e]);
  const out: SimulatedEnrollment[] = [];
  opts.accounts.forEach((account, i) => {
    out.push(simulateEnrollment(opts, account, byAccount.get(account.id) ?? [], `sim-${account.id}`));
    if (opts.onProgress && (i % 100 === 99 || i === opts.accounts.length - 1)) opts.onProgress(i + 1, opts.accounts.length);
  });
  return out;
}

/** Counts by exit reason (and "active" for runs the horizon cut short). */
export function summarizeSimulation(runs: readonly SimulatedEnrollment[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of runs) {
    const key = r.status === 'finished' ? (r.exit?.reason ?? 'finished') : 'active';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
