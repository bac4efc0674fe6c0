// The run-time compliance gate of a contact: the pure decision of @kairos/compliance over the
// account's facts and its contact ledger, as the database hands them in (see decideAndBeginContact).
// The worker gates every send with it; the API answers agents' "may I call now?" with it.
import { chooseProfile, complianceChannel, decideContact, evaluationAccountOf, type ComplianceProfile, type ContactAttempt, type Outcome } from '@kairos/compliance';
import type { StoredAccount } from '../accounts/accounts';
import type { LedgerDecision, LedgerEntry } from './contact-ledger';

const OUTCOMES = new Set<Outcome>(['no_answer', 'conversation', 'voicemail', 'busy', 'delivered', 'failed']);

function historyOf(entries: readonly LedgerEntry[]): ContactAttempt[] {
  const history: ContactAttempt[] = [];
  for (const e of entries) {
    const channel = complianceChannel(e.channel);
    if (!channel) continue;
    // An outcome the engine does not know is counted as reaching the consumer: the cautious side.
    const outcome = OUTCOMES.has(e.outcome as Outcome) ? (e.outcome as Outcome) : 'delivered';
    history.push({ at: e.at.toISOString(), channel, outcome });
  }
  return history;
}

/** The profile id that governs an account: its own, else its portfolio's, else the configured default. */
export const governingProfile = (account: StoredAccount, portfolioProfile: string | undefined, defaultProfile?: string): string =>
  chooseProfile({ account: account.compliance.profile, portfolio: portfolioProfile, ...(defaultProfile ? { fallback: defaultProfile } : {}) }).id;

/** Decide one attempt on `channel` at `at` against the account's facts and history, under the profile that governs it. */
export function decideSend(
  profiles: ReadonlyMap<string, ComplianceProfile>,
  channel: string,
  at: Date,
  ctx: { account: StoredAccount; history: LedgerEntry[]; portfolioProfile?: string | undefined },
  defaultProfile?: string,
): LedgerDecision {
  const facts = ctx.account.compliance;
  const profile = governingProfile(ctx.account, ctx.portfolioProfile, defaultProfile);
  const target = complianceChannel(channel);
  if (!target) {
    return { decision: 'block', rule: 'kairos.unknown-channel', reasons: [`no compliance rules know the channel "${channel}"`], profile };
  }
  const decision = decideContact(
    { at: at.toISOString(), channel: target, profile, account: evaluationAccountOf(facts, ctx.account), history: historyOf(ctx.history) },
    profiles.get(profile),
  );
  return { ...decision, profile };
}

/** How much history a decision needs: the most any profile needs (the account's may change while the lock is awaited). */
export const historyDaysFor = (profiles: ReadonlyMap<string, ComplianceProfile>): number =>
  Math.max(30, ...[...profiles.values()].map((p) => p.historyDays));
