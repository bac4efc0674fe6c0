// The one run-time decision every contact attempt passes through: allow, defer until an instant,
// or block, with the rule that decided. Pure: time arrives as `request.at`.
import { complianceProfiles } from './profiles/index';
import type { ComplianceProfile } from './profile';
import type { EvaluationRequest } from './request';
import { parseInstant } from './instant';
import { ENGINE_RULES } from './rule-ids';
import type { AccountFinding, DecisionContext, Hold, InstantCheck, PastAttempt } from './rule-types';
import { describeLocal, zoneClock } from '@kairos/channels/zone-clock';

export type ComplianceDecision =
  | { decision: 'allow'; rule: string; reasons: string[] }
  /** `until`: the earliest instant (ISO-8601 UTC) at which every time rule allows the attempt. */
  | { decision: 'defer'; until: string; rule: string; reasons: string[] }
  | { decision: 'block'; rule: string; reasons: string[] };

interface BoundRule {
  id: string;
  check: InstantCheck;
}

function contextOf(request: EvaluationRequest): DecisionContext {
  const history: PastAttempt[] = new Array(request.history.length);
  let sorted = true;
  for (let i = 0; i < history.length; i++) {
    const h = request.history[i]!;
    history[i] = { at: parseInstant(h.at), channel: h.channel, outcome: h.outcome };
    if (i > 0 && history[i]!.at < history[i - 1]!.at) sorted = false;
  }
  if (!sorted) history.sort((a, b) => a.at - b.at);
  return {
    at: parseInstant(request.at),
    channel: request.channel,
    account: request.account,
    clocks: request.account.timezones.map(zoneClock),
    history,
  };
}

/** Decide one contact attempt under a profile (by default the one the request names). */
export function decideContact(
  request: EvaluationRequest,
  profile: ComplianceProfile | undefined = complianceProfiles.get(request.profile),
): ComplianceDecision {
  if (!profile) {
    return { decision: 'block', rule: ENGINE_RULES.unknownProfile, reasons: [`no compliance profile "${request.profile}": contact is not allowed without one`] };
  }
  const ctx = contextOf(request);

  // Blocks first: they win over any deferral, since waiting would not cure them.
  const blocks: AccountFinding[] = [];
  const notes: string[] = [];
  for (const rule of profile.accountRules) {
    const finding = rule.check(ctx);
    if (finding?.verdict === 'block') blocks.push(finding);
    else if (finding) notes.push(`${finding.rule}: ${finding.reason}`);
  }
  if (blocks.length > 0) {
    return { decision: 'block', rule: blocks[0]!.rule, reasons: blocks.map((b) => `${b.rule}: ${b.reason}`) };
  }

  const rules: BoundRule[] = [];
  for (const rule of profile.timeRulesByChannel.get(ctx.channel) ?? []) {
    const check = rule.bind(ctx);
    if (check) rules.push({ id: rule.id, check });
  }
  if (profile.calendarExempt.has(ctx.channel)) {
    notes.push(`${ctx.channel} is exempt from time-of-day and calendar rules: it is not received at a moment the sender chooses`);
  }

  // The rule that decided is the one whose own hold at `at` lasts longest (ties: profile order).
  let decisive: { id: string; hold: Hold } | null = null;
  for (const rule of rules) {
    const hold = rule.check(ctx.at);
    if (hold && (!decisive || hold.until > decisive.hold.until)) decisive = { id: rule.id, hold };
  }
  if (!decisive) {
    const where = ctx.clocks.map((c) => describeLocal(c, ctx.at)).join(', ');
    return { decision: 'allow', rule: ENGINE_RULES.allowed, reasons: [`every rule of ${profile.id} allows contact at ${where}`, ...notes] };
  }

  // Earliest instant every time rule allows: each failing rule moves t to where it might next say
  // yes, never past an instant it would allow, so the first t no rule moves is the earliest.
  const reasons: string[] = [];
  const limit = ctx.at + profile.horizonMs;
  let t = ctx.at;
  for (let moved = true; moved; ) {
    moved = false;
    for (const rule of rules) {
      const hold = rule.check(t);
      if (!hold) continue;
      reasons.push(`${rule.id}: ${hold.reason}`);
      // A hold that does not move forward would loop forever: step a minute and look again.
      t = hold.until > t ? hold.until : t + 60_000;
      moved = true;
      if (t > limit) {
        return {
          decision: 'block',
          rule: ENGINE_RULES.noOpeningWithinHorizon,
          reasons: [`no instant within ${profile.horizonMs / 86_400_000} days satisfies every time rule of ${profile.id}`, ...reasons],
        };
      }
    }
  }
  return { decision: 'defer', until: new Date(t).toISOString(), rule: decisive.id, reasons: [...reasons, ...notes] };
}
