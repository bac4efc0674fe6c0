// Who of an audience enters a cadence, and why the others do not. The preview counts these reasons in
// SQL and the audience enrollment decides them again per account when it enrolls: both follow this order.
import { complianceChannel, type ContactChannel } from '@kairos/channels';
import { triggerPortfolios } from './enrollment-trigger';
import type { CadenceIR } from './interpreter/ir';
import { SEND_MESSAGE_ACTIVITY } from './nodes/send-message/kind';

/** Why an account of an audience is not enrolled, in the order they are decided (the first that applies is the reason). */
export const AUDIENCE_EXCLUSIONS = ['not_found', 'other_portfolio', 'already_enrolled', 'in_another_cadence', 'paid', 'dispute', 'opted_out'] as const;
export type AudienceExclusion = (typeof AUDIENCE_EXCLUSIONS)[number];

/** Each reason in words, for previews and summaries. */
export const AUDIENCE_EXCLUSION_TEXT: Readonly<Record<AudienceExclusion, string>> = {
  not_found: 'no such account among the portfolios you read',
  other_portfolio: 'in a portfolio this cadence does not enroll',
  already_enrolled: 'already enrolled in this cadence',
  in_another_cadence: 'active in another cadence, and this one takes only accounts in no other',
  paid: 'nothing owed (paid)',
  dispute: 'in dispute',
  opted_out: 'opted out of every channel the cadence uses',
};

/** What the decision reads of one account (found among the caller's portfolios). */
export interface AudienceAccountFacts {
  portfolioId: string;
  balanceCents: number;
  disputeOpen: boolean;
  optOuts: readonly string[];
  ceaseCommunication: boolean;
  /** An active enrollment in this cadence exists. */
  enrolledInCadence: boolean;
  /** An active enrollment in another cadence exists (read only when the cadence is one active cadence per account). */
  enrolledElsewhere?: boolean;
}

/** What the cadence allows: the portfolios it may enroll and the channels (in compliance's words) it sends on. */
export interface AudienceRules {
  portfolios: 'all' | readonly string[];
  channels: readonly ContactChannel[];
  /** "One active cadence per account": an account active in another cadence does not enter. */
  oneActiveCadence?: boolean;
}

/** Whether a version takes only accounts active in no other cadence (its Entry's `oneActiveCadence`). */
export function isOneActiveCadence(ir: CadenceIR): boolean {
  const config = ir.steps[ir.entry]?.config as { oneActiveCadence?: unknown } | undefined;
  return config?.oneActiveCadence === true;
}

/** The channels a cadence sends on, fallbacks included, in compliance's words (a voice step is a call). */
export function cadenceContactChannels(ir: CadenceIR): ContactChannel[] {
  const channels = new Set<ContactChannel>();
  for (const step of Object.values(ir.steps)) {
    if (step.run.op !== 'activity' || step.run.activity !== SEND_MESSAGE_ACTIVITY) continue;
    const input = step.run.input as { channel?: unknown; fallback?: Array<{ channel?: unknown }> };
    for (const name of [input.channel, ...(input.fallback ?? []).map((f) => f.channel)]) {
      const channel = typeof name === 'string' ? complianceChannel(name) : undefined;
      if (channel) channels.add(channel);
    }
  }
  return [...channels].sort();
}

/**
 * Whether an account opted out of everything the cadence would send: a cease-communication request
 * covers every channel; otherwise every channel the cadence uses must be opted out. A cadence that
 * sends nothing (agent tasks only) is never refused for opt-outs other than a cease.
 */
export function optedOutOfCadence(facts: Pick<AudienceAccountFacts, 'optOuts' | 'ceaseCommunication'>, channels: readonly ContactChannel[]): boolean {
  if (facts.ceaseCommunication) return true;
  return channels.length > 0 && channels.every((c) => facts.optOuts.includes(c));
}

/**
 * What a cadence version allows an audience: its channels, and the portfolios its rule applies to
 * (every portfolio the caller reads when it enrolls by API only).
 */
export function audienceRulesOf(ir: CadenceIR): AudienceRules {
  return { portfolios: ir.trigger ? triggerPortfolios(ir.trigger) : 'all', channels: cadenceContactChannels(ir), oneActiveCadence: isOneActiveCadence(ir) };
}

/** Why this account is not enrolled, or null when it enters. */
export function audienceExclusion(facts: AudienceAccountFacts, rules: AudienceRules): AudienceExclusion | null {
  if (rules.portfolios !== 'all' && !rules.portfolios.includes(facts.portfolioId)) return 'other_portfolio';
  if (facts.enrolledInCadence) return 'already_enrolled';
  if (rules.oneActiveCadence && facts.enrolledElsewhere) return 'in_another_cadence';
  if (facts.balanceCents <= 0) return 'paid';
  if (facts.disputeOpen) return 'dispute';
  if (optedOutOfCadence(facts, rules.channels)) return 'opted_out';
  return null;
}

export interface AudienceCount {
  reason: AudienceExclusion | null;
  count: number;
  examples: readonly string[];
}

export interface AudiencePreview {
  /** Accounts named by the audience (pasted ids count once each, found or not). */
  total: number;
  entering: number;
  enteringExamples: string[];
  excluded: number;
  /** Every reason, in decision order, with its count (zero included, so charts keep their bars) and a few accounts. */
  excludedBy: Array<{ reason: AudienceExclusion; text: string; count: number; examples: string[] }>;
}

/** The preview from counts per reason (null: entering) and the ids a pasted list named that were not found. */
export function audiencePreview(counts: readonly AudienceCount[], notFound: readonly string[], examplesPerReason: number): AudiencePreview {
  const of = (reason: AudienceExclusion | null) => counts.filter((c) => c.reason === reason);
  const sum = (rows: readonly AudienceCount[]) => rows.reduce((n, c) => n + c.count, 0);
  const examples = (rows: readonly AudienceCount[]) => rows.flatMap((c) => c.examples).slice(0, examplesPerReason);
  const excludedBy = AUDIENCE_EXCLUSIONS.map((reason) => {
    const rows = of(reason);
    return reason === 'not_found'
      ? { reason, text: AUDIENCE_EXCLUSION_TEXT[reason], count: notFound.length + sum(rows), examples: [...notFound.slice(0, examplesPerReason)] }
      : { reason, text: AUDIENCE_EXCLUSION_TEXT[reason], count: sum(rows), examples: examples(rows) };
  });
  const entering = sum(of(null));
  const excluded = excludedBy.reduce((n, r) => n + r.count, 0);
  return { total: entering + excluded, entering, enteringExamples: examples(of(null)), excluded, excludedBy };
}
