// The instant of a contact attempt, for its compliance decision.
import { Context } from '@temporalio/activity';

/**
 * The later of the worker's clock and the time Temporal scheduled this attempt. They agree in
 * production (a worker never runs an attempt before it was scheduled); under Temporal's
 * time-skipping test server, only the schedule time has moved with the workflow's days of waiting,
 * and a decision must be made in the same time as the timer that woke the workflow.
 */
export function attemptClock(): Date {
  const wall = Date.now();
  try {
    return new Date(Math.max(wall, Context.current().info.currentAttemptScheduledTimestampMs));
  } catch {
    return new Date(wall); // not inside an activity (direct calls in tests and scripts)
  }
}

/** Which attempt of the current activity this is (1 outside an activity). */
export function attemptNumber(): number {
  try {
    return Context.current().info.attempt;
  } catch {
    return 1;
  }
}
