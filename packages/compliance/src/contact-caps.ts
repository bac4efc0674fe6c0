// Frequency rules over the account's contact ledger: "at most N attempts within W consecutive
// days" and Reg F's pause after a telephone conversation. Days are calendar days on the consumer's
// wall clock (the regulation counts days, not 24-hour spans); with several possible zones, the
// rule must hold in each of them.
import type { Channel, Outcome } from './channels';
import { TELEPHONE_CHANNELS } from './channels';
import type { Hold, InstantCheck, PastAttempt, TimeRule } from './rule-types';
import { parseInstant } from './instant';
import { describeLocal, isoDay, type ZoneClock } from '@kairos/channels/zone-clock';

export interface CompiledCap {
  rule: string;
  channels: ReadonlySet<Channel>;
  /** Attempts with these outcomes are counted; the others did not reach the consumer. */
  counted: ReadonlySet<Outcome>;
  max: number;
  windowDays: number;
  /** Days after a direct consent (its date day 1) during which attempts neither count nor are capped. */
  consentExemptDays?: number;
}

/**
 * Reg F 1006.14(b)(3)(i): is an attempt at `t` placed with the consumer's prior consent given directly
 * within the last `days` days? Days are the consumer's calendar days in `clock`, the consent's date
 * being day 1; an attempt before the consent instant is not covered by it.
 */
function coveredByConsent(consentAt: number | undefined, days: number | undefined, clock: ZoneClock, t: number): boolean {
  if (consentAt === undefined || days === undefined || t < consentAt) return false;
  return clock.dayOf(t) < clock.dayOf(consentAt) + days;
}

function laterHold(a: Hold | null, b: Hold): Hold {
  return a && a.until >= b.until ? a : b;
}

/**
 * At most `max` counted attempts on the cap's channels within any `windowDays` consecutive days:
 * an attempt at t is allowed while fewer than `max` counted attempts fall on the window of days
 * ending on t's day. When the cap is full, it opens at the local midnight on which the `max`-th
 * most recent attempt leaves the window.
 */
export function contactCapRule(cap: CompiledCap): TimeRule {
  const label = [...cap.channels].join('/');
  return {
    id: cap.rule,
    channels: cap.channels,
    bind: (ctx): InstantCheck | null => {
      const counted: PastAttempt[] = [];
      for (const a of ctx.history) if (cap.channels.has(a.channel) && cap.counted.has(a.outcome)) counted.push(a);
      if (counted.length < cap.max) return null;
      const consentAt = cap.consentExemptDays && ctx.account.callConsentAt ? parseInstant(ctx.account.callConsentAt) : undefined;
      const days: number[] = [];
      return (t) => {
        let hold: Hold | null = null;
        for (const clock of ctx.clocks) {
          // An attempt placed with direct consent given within the exempt days is not capped.
          if (coveredByConsent(consentAt, cap.consentExemptDays, clock, t)) continue;
          const today = clock.dayOf(t);
          const first = today - cap.windowDays + 1;
          days.length = 0;
          // An attempt counts from its own instant on: entries after t (clock skew between writers) wait their turn.
          for (const a of counted) {
            if (a.at > t) continue;
            if (coveredByConsent(consentAt, cap.consentExemptDays, clock, a.at)) continue;
            const day = clock.dayOf(a.at);
            if (day >= first) days.push(day);
          }
          if (days.length < cap.max) continue;
          days.sort((x, y) => y - x);
          const leaves = days[cap.max - 1]! + cap.windowDays;
          const until = clock.instantOf(leaves, 0, t);
          hold = laterHold(hold, {
            until,
            reason:
              `${days.length} ${label} attempts counted on ${isoDay(first)}..${isoDay(today)} (${clock.zone}), at most ${cap.max} ` +
              `within ${cap.windowDays} consecutive days; the cap reopens ${describeLocal(clock, until)}`,
          });
        }
        return hold;
      };
    },
  };
}

/**
 * Reg F 1006.14(b)(2)(i)(B): no call within seven consecutive days after a telephone conversation
 * about the debt, the conversation's date being day 1 (a Monday conversation opens the following
 * Monday, on the consumer's calendar).
 */
export function afterConversationRule(rule: string, pauseDays = 7, consentExemptDays?: number): TimeRule {
  const telephone = new Set<Channel>(TELEPHONE_CHANNELS);
  return {
    id: rule,
    channels: telephone,
    bind: (ctx): InstantCheck | null => {
      const conversations = ctx.history.filter((a) => telephone.has(a.channel) && a.outcome === 'conversation');
      if (conversations.length === 0) return null;
      const consentAt = consentExemptDays && ctx.account.callConsentAt ? parseInstant(ctx.account.callConsentAt) : undefined;
      return (t) => {
        let hold: Hold | null = null;
        for (const clock of ctx.clocks) {
          // 1006.14(b)(3)(i) excludes calls placed with direct consent from both frequencies of (b)(2).
          if (coveredByConsent(consentAt, consentExemptDays, clock, t)) continue;
          let latest = Number.NEGATIVE_INFINITY;
          for (const c of conversations) if (c.at <= t) latest = Math.max(latest, clock.dayOf(c.at));
          if (clock.dayOf(t) >= latest + pauseDays) continue;
          const until = clock.instantOf(latest + pauseDays, 0, t);
          hold = laterHold(hold, {
            until,
            reason: `telephone conversation on ${isoDay(latest)} (${clock.zone}, day 1 of ${pauseDays}): no call before ${describeLocal(clock, until)}`,
          });
        }
        return hold;
      };
    },
  };
}
