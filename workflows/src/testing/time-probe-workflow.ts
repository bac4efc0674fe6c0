// Test support: evaluates the interpreter's calendar arithmetic inside Temporal's workflow sandbox,
// where the global Date is replaced, so a test can compare it with the same code outside.
import { addDuration, daysPastDue, endOfLocalDay, localDate, nextWindowOpening, resolveTimeSpec } from '@kairos/cadence/interpreter';

export interface TimeProbeCase {
  at: string;
  timezone: string;
  dueDate: string;
}

export async function timeProbe(cases: TimeProbeCase[]): Promise<unknown[]> {
  return cases.map(calendarFacts);
}

/** Everything the interpreter computes about time for one instant, zone and due date. */
export function calendarFacts(c: TimeProbeCase): unknown {
  const account = { timezone: c.timezone, dueDate: c.dueDate };
  return {
    plus3Days: addDuration(c.at, { days: 3 }, c.timezone),
    plus1Day2Hours: addDuration(c.at, { days: 1, hours: 2 }, c.timezone),
    localDate: localDate(c.at, c.timezone),
    dpd: daysPastDue(account, c.at),
    preDue: resolveTimeSpec({ dueDateOffsetDays: -3, localTime: '10:00' }, c.at, account),
    window: nextWindowOpening(c.at, { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '10:00', to: '12:00' }, c.timezone),
    endOfDay: endOfLocalDay(c.dueDate, 1, c.timezone),
  };
}
