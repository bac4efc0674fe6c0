// Time-of-day and calendar rules: opening hours, holidays and consumer-declared inconvenient times.
// Each is checked in every zone the consumer may be in (Reg F comment 6(b)(1)(i)-3: where the
// location is uncertain, only a time convenient in all of them is convenient).
import type { Channel } from './channels';
import { minutesOf, WEEKDAYS } from './channels';
import type { Hold, InstantCheck, TimeRule } from './rule-types';
import { clockText, describeLocal, isoDay } from '@kairos/channels/zone-clock';

/** An open span on the local clock, in minutes after midnight: [from, to). */
export interface OpenSpan {
  from: number;
  to: number;
}

/** Open spans per weekday (index 0 = Sunday), sorted and merged. */
export type WeeklyHours = readonly (readonly OpenSpan[])[];

/** Whichever of two holds ends later: both say no from t, so together they say no until the later end. */
function later(a: Hold | null, b: Hold | null): Hold | null {
  if (!a) return b;
  if (!b) return a;
  return b.until > a.until ? b : a;
}

function describeDay(spans: readonly OpenSpan[]): string {
  return spans.length === 0 ? 'closed' : spans.map((s) => `${clockText(s.from)}-${clockText(s.to)}`).join(', ');
}

/** Contact only inside the weekly opening hours, on the consumer's wall clock in every zone. */
export function openingHoursRule(id: string, hours: WeeklyHours, channels: ReadonlySet<Channel>): TimeRule {
  return {
    id,
    channels,
    bind: (ctx): InstantCheck => (t) => {
      let hold: Hold | null = null;
      for (const clock of ctx.clocks) {
        const local = clock.local(t);
        const today = hours[local.weekday]!;
        let next = Number.POSITIVE_INFINITY;
        let open = false;
        for (const span of today) {
          if (local.minute < span.from) {
            next = clock.instantOf(local.day, span.from, t);
            break;
          }
          if (local.minute < span.to) {
            open = true;
            break;
          }
        }
        if (open) continue;
        for (let k = 1; k <= 7 && next === Number.POSITIVE_INFINITY; k++) {
          const first = hours[(local.weekday + k) % 7]![0];
          if (first) next = clock.instantOf(local.day + k, first.from, t);
        }
        const reason =
          `${describeLocal(clock, t)} is outside the permitted hours for ${WEEKDAYS[local.weekday]} (${describeDay(today)}); ` +
          (next === Number.POSITIVE_INFINITY ? 'no opening in the next week' : `next opening ${describeLocal(clock, next)}`);
        hold = later(hold, { until: next, reason });
      }
      return hold;
    },
  };
}

/** No contact on the listed dates (the consumer's local date in any of their zones). */
export function holidayRule(id: string, holidays: ReadonlySet<number>, channels: ReadonlySet<Channel>): TimeRule {
  return {
    id,
    channels,
    bind: (ctx): InstantCheck | null =>
      holidays.size === 0
        ? null
        : (t) => {
            let hold: Hold | null = null;
            for (const clock of ctx.clocks) {
              const day = clock.dayOf(t);
              if (!holidays.has(day)) continue;
              const next = clock.instantOf(day + 1, 0, t);
              hold = later(hold, { until: next, reason: `${isoDay(day)} is a holiday in ${clock.zone}: no contact until ${describeLocal(clock, next)}` });
            }
            return hold;
          },
  };
}

interface DeclaredSpan {
  /** Bit i set = the span starts on weekday i. */
  days: number;
  from: number;
  to: number;
  text: string;
}

/**
 * Times the consumer told us are inconvenient (Reg F 1006.6(b)(1)(i): a time the collector "knows
 * or should know" is inconvenient). A span whose `to` is before its `from` runs past midnight
 * into the next day.
 */
export function declaredInconvenientTimesRule(id: string, channels: ReadonlySet<Channel>): TimeRule {
  return {
    id,
    channels,
    bind: (ctx): InstantCheck | null => {
      if (ctx.account.inconvenientTimes.length === 0) return null;
      const spans: DeclaredSpan[] = ctx.account.inconvenientTimes.map((s) => ({
        days: s.days.reduce((mask, d) => mask | (1 << WEEKDAYS.indexOf(d)), 0),
        from: minutesOf(s.from),
        to: minutesOf(s.to),
        text: `${s.days.length === 7 ? 'every day' : s.days.join(',')} ${s.from}-${s.to}`,
      }));
      return (t) => {
        let hold: Hold | null = null;
        for (const clock of ctx.clocks) {
          const local = clock.local(t);
          const yesterday = (local.weekday + 6) % 7;
          for (const span of spans) {
            let until: number | null = null;
            if (span.from < span.to) {
              if (span.days & (1 << local.weekday) && local.minute >= span.from && local.minute < span.to) {
                until = clock.instantOf(local.day, span.to, t);
              }
            } else if (span.days & (1 << local.weekday) && local.minute >= span.from) {
              until = clock.instantOf(local.day + 1, span.to, t);
            } else if (span.days & (1 << yesterday) && local.minute < span.to) {
              until = clock.instantOf(local.day, span.to, t);
            }
            if (until === null) continue;
            hold = later(hold, {
              until,
              reason: `the consumer declared ${span.text} inconvenient; ${describeLocal(clock, t)} falls inside it, which ends ${describeLocal(clock, until)}`,
            });
          }
        }
        return hold;
      };
    },
  };
}
