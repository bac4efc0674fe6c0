// Contact steps whose local send time is fixed by the design (a due-date wait at 22:00, or a
// 12-hour wait after one at 10:00) must fall inside the profile's hours. Where the time depends on
// when an event arrives or the account enrolled, the run-time gate decides; the design is not at fault.
import type { ComplianceProfile, WeeklyHours } from '@kairos/compliance';
import { LINT_RULES, type LintFinding } from './findings';
import { MINUTES_PER_DAY, named, type CadenceFlow } from './flow';

interface KnownTime {
  minute: number;
  /** The step and field that fixed this time of day: where the strategist changes it. */
  stepId: string;
  field: string;
}
type ClockValue = KnownTime | 'unknown';
const keyOf = (v: ClockValue) => (v === 'unknown' ? 'unknown' : `${v.minute}|${v.stepId}|${v.field}`);

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function describeHours(hours: WeeklyHours): string {
  const day = (spans: WeeklyHours[number]) => (spans.length === 0 ? 'closed' : spans.map((s) => `${clock(s.from)}-${clock(s.to)}`).join(', '));
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
      let grew = false;
      for (const v of values) {
        let next: ClockValue;
        const place = { stepId: edge.from, field: edge.timingField ?? 'config' };
        if (edge.clock.kind === 'keep') next = v;
        else if (edge.clock.kind === 'unknown') next = 'unknown';
        else if (edge.clock.kind === 'set') next = { minute: edge.clock.minute, ...place };
        else next = v === 'unknown' ? 'unknown' : { minute: (v.minute + edge.clock.minutes) % MINUTES_PER_DAY, ...place };
        const key = keyOf(next);
        if (!target.has(key)) {
          target.set(key, next);
          grew = true;
        }
      }
      if (grew || !at.has(edge.to)) {
        at.set(edge.to, target);
        queue.push(edge.to);
      }
    }
  }
  return at;
}

const isOpen = (spans: WeeklyHours[number], minute: number) => spans.some((s) => minute >= s.from && minute < s.to);

export function quietHoursFindings(flow: CadenceFlow, profile: ComplianceProfile): LintFinding[] {
  const times = timesOfDay(flow);
  const findings = new Map<string, LintFinding>();
  for (const contact of flow.contacts.values()) {
    const calendarBound = !profile.calendarExempt.has(contact.channel);
    if (!calendarBound) continue;
    for (const v of times.get(contact.stepId)?.values() ?? []) {
      if (v === 'unknown') continue;
      const closedOn = profile.weeklyHours.flatMap((spans, day) => (isOpen(spans, v.minute) ? [] : [WEEKDAY_NAMES[day]!]));
      if (closedOn.length === 0) continue;
      const always = closedOn.length === 7;
      const key = `${v.stepId}|${v.field}|${contact.stepId}`;
      if (findings.get(key)?.severity === 'blocking') continue;
      findings.set(key, {
        rule: LINT_RULES.quietHours,
        severity: always ? 'blocking' : 'warning',
        nodeId: v.stepId,
        field: v.field,
        message:
          `the ${contact.channel} step ${named(flow, contact.stepId)} goes out at ${clock(v.minute)} local time, ` +
          (always ? 'outside' : `outside on ${closedOn.join(', ')}`) +
          ` the permitted hours of ${profile.id} (${describeHours(profile.weeklyHours)}): move the time inside them`,
        cites: profile.hoursRule,
      });
    }
  }
  return [...findings.values()];
}
