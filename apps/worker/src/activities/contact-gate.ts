// The run-time compliance gate of a send: the pure decision of @kairos/compliance over the
// account's facts and its contact ledger, as the database hands them in (see decideAndBeginContact).
import type { Channel as CadenceChannel } from '@kairos/cadence';
import { decideContact, evaluationAccountOf, type Channel, type ComplianceProfile, type ContactAttempt, type Outcome } from '@kairos/compliance';
import type { LedgerDecision, LedgerEntry, StoredAccount } from '@kairos/db';

/** Cadence channels in the words of compliance: a voice step places a call. */
const COMPLIANCE_CHANNEL: Record<CadenceChannel | 'voicemail' | 'call', Channel> = {
  sms: 'sms',
  email: 'email',
  voice: 'call',
  call: 'call',
  voicemail: 'voicemail',
  whatsapp: 'whatsapp',
  push: 'push',
  letter: 'letter',
};
const OUTCOMES = new Set<Outcome>(['no_answer', 'conversation', 'voicemail', 'busy', 'delivered', 'failed']);

export function complianceChannel(channel: string): Channel | undefined {
  return COMPLIANCE_CHANNEL[channel as keyof typeof COMPLIANCE_CHANNEL];
}

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

/** Decide one attempt on `channel` at `at` against the account's facts and history, under its profile. */
export function decideSend(
  profiles: ReadonlyMap<string, ComplianceProfile>,
  channel: string,
  at: Date,
  ctx: { account: StoredAccount; history: LedgerEntry[] },
): LedgerDecision {
  const facts = ctx.account.compliance;
  const target = complianceChannel(channel);
  if (!target) {
    return { decision: 'block', rule: 'kairos.unknown-channel', reasons: [`no compliance rules know the channel "${channel}"`], profile: facts.profile };
  }
  const decision = decideContact(
    { at: at.toISOString(), channel: target, profile: facts.profile, account: evaluationAccountOf(facts, ctx.account), history: historyOf(ctx.history) },
    profiles.get(facts.profile),
  );
  return { ...decision, profile: facts.profile };
}

/** How much history decisions under this account's profile need. */
export const historyDaysFor = (profiles: ReadonlyMap<string, ComplianceProfile>, profile: string) => profiles.get(profile)?.historyDays ?? 30;
