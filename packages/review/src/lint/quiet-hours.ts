// Contact steps whose local send time is fixed by the design (a due-date wait at 22:00, a 12-hour
// wait after one at 10:00, a window wait "weekdays 19:00-23:00") must fall inside the profile's hours.
// Where the time depends on when an event arrives or the account enrolled, the run-time gate
// decides; the design is not at fault.
import type { ComplianceProfile, WeeklyHours } from '@kairos/compliance';
import { LINT_RULES, type LintFinding } from './findings';
import { channelsOf, MINUTES_PER_DAY, named, type CadenceFlow } from './flow';

/** Local times a step may run at: minutes [from, to) after midnight (to may pass 24:00), and where they were fixed. */
interface KnownTimes {
  from: number;
  to: number;
  /** The step and field that fixed this time of day: where the strategist changes it. */
  stepId: string;
  field: string;
}
type ClockValue = KnownTimes | 'unknown';
const keyOf = (v: ClockValue) => (v === 'unknown' ? 'unknown' : `${v.from}-${v.to}|${v.stepId}|${v.field}`);

const clock = (minute: number) => {
  const m = ((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function describeHours(hours: WeeklyHours): string {
  const day = (spans: WeeklyHours[number]) => (spans.length === 0 ? 'closed' : spans.map((s) => `${clock(s.from)}-${s.to === MINUTES_PER_DAY ? '24:00' : clock(s.to)}`).join(', '));
  const texts = hours.map(day);
  if (texts.every((t) => t === texts[0])) return `every day ${texts[0]}`;
  return texts.map((t, i) => `${WEEKDAY_NAMES[i]!.slice(0, 3)} ${t}`).join('; ');
}

/** Possible local times of day at each step's entry, with the step that fixed each. */
function timesOfDay(flow: CadenceFlow): Map<string, Map<string, ClockValue>> {
  const at = new Map<string, Map<string, ClockValue>>([[flow.ir.entry, new Map([['unknown', 'unknown']])]]);
  const queue = [flow.ir.entry];
  while (queue.length) {
    const id = queue.shift()!;
    const values = [...(at.get(id)?.values() ?? [])];
    for (const edge of flow.out.get(id) ?? []) {
      const target = at.get(edge.to) ?? new Map<string, ClockValue>();
      const fresh = !at.has(edge.to);
      let grew = false;
      for (const v of values) {
        const place = { stepId: edge.from, field: edge.timingField ?? 'config' };
        const effect = edge.clock;
        let next: ClockValue;
        if (effect.kind === 'keep') next = v;
        else if (effect.kind === 'unknown') next = 'unknown';
        else if (effect.kind === 'set') next = { from: effect.minute, to: effect.minute + 1, ...place };
        else if (effect.kind === 'window') next = { from: effect.from, to: effect.to, ...place };
        else if (v === 'unknown') next = 'unknown';
        else {
          const from = (v.from + effect.minutes) % MINUTES_PER_DAY;
          next = { from, to: from + (v.to - v.from), ...place };
        }
        const key = keyOf(next);
        if (!target.has(key)) {
          target.set(key, next);
          grew = true;
        }
      }
      if (grew || fresh) {
        at.set(edge.to, target);
        queue.push(edge.to);
      }
    }
  }
  return at;
}

const isOpen = (spans: WeeklyHours[number], minute: number) => spans.some((s) => minute >= s.from && minute < s.to);

/** Weekdays on which some minute of the range is closed, and whether every minute is closed on every day. */
function closedness(hours: WeeklyHours, v: KnownTimes): { closedOn: string[]; never: boolean } {
  const closedOn: string[] = [];
  let anyOpen = false;
  hours.forEach((spans, day) => {
    let closed = false;
    for (let m = v.from; m < v.to; m++) {
      if (isOpen(spans, m % MINUTES_PER_DAY)) anyOpen = true;
      else closed = true;
    }
    if (closed) closedOn.push(WEEKDAY_NAMES[day]!);
  });
  return { closedOn, never: !anyOpen };
}

export function quietHoursFindings(flow: CadenceFlow, profile: ComplianceProfile): LintFinding[] {
  const times = timesOfDay(flow);
  const findings = new Map<string, LintFinding>();
  for (const contact of flow.contacts.values()) {
    const bound = channelsOf(contact).filter((ch) => !profile.calendarExempt.has(ch));
    if (bound.length === 0) continue;
    for (const v of times.get(contact.stepId)?.values() ?? []) {
      if (v === 'unknown') continue;
      const { closedOn, never } = closedness(profile.weeklyHours, v);
      if (closedOn.length === 0) continue;
      const key = `${v.stepId}|${v.field}|${contact.stepId}`;
      if (findings.get(key)?.severity === 'blocking') continue;
      const when = v.to - v.from === 1 ? `at ${clock(v.from)}` : `between ${clock(v.from)} and ${clock(v.to)}`;
      const always = never || closedOn.length === 7;
      findings.set(key, {
        rule: LINT_RULES.quietHours,
        severity: never ? 'blocking' : 'warning',
        nodeId: v.stepId,
        field: v.field,
        message:
          `the ${bound.join('/')} step ${named(flow, contact.stepId)} goes out ${when} local time, ` +
          (never ? 'outside' : always ? 'partly outside' : `outside on ${closedOn.join(', ')}`) +
          ` the permitted hours of ${profile.id} (${describeHours(profile.weeklyHours)}): move the time inside them`,
        cites: profile.hoursRule,
      });
    }
  }
  return [...findings.values()];
}
