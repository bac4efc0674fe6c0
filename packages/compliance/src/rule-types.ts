// The two kinds of rule a profile is made of, and the per-decision facts they read.
import type { Channel, Outcome } from './channels';
import type { AccountState } from './request';
import type { ZoneClock } from '@kairos/channels/zone-clock';

/** A past attempt with its instant parsed once per decision. */
export interface PastAttempt {
  at: number;
  channel: Channel;
  outcome: Outcome;
}

/** What every rule may read while deciding one attempt. */
export interface DecisionContext {
  readonly at: number;
  readonly channel: Channel;
  readonly account: AccountState;
  /** One clock per zone the consumer may be in. */
  readonly clocks: readonly ZoneClock[];
  /** Past attempts, oldest first. */
  readonly history: readonly PastAttempt[];
}

/** A finding about the account that waiting does not change. */
export interface AccountFinding {
  /** `block` stops the attempt; `note` allows it with an instruction for the sender. */
  verdict: 'block' | 'note';
  rule: string;
  reason: string;
}

/** A rule on the account's standing (cease, dispute, opt-out, consent): its answer does not depend on time. */
export interface AccountRule {
  /** Every rule id its findings may carry. */
  readonly ids: readonly string[];
  check(ctx: DecisionContext): AccountFinding | null;
}

/** A time rule says no at an instant, and names the earliest later instant where it might say yes. */
export interface Hold {
  /** The rule says no on the whole span [t, until). */
  until: number;
  reason: string;
}

/** Checks one instant for one decision; null means the rule allows it. */
export type InstantCheck = (t: number) => Hold | null;

/** A rule about when (hours, holidays, declared inconvenient times, frequency caps). */
export interface TimeRule {
  readonly id: string;
  /** Channels the rule governs. */
  readonly channels: ReadonlySet<Channel>;
  /** Precompute what this decision needs (e.g. the counted attempts); null when nothing can hold. */
  bind(ctx: DecisionContext): InstantCheck | null;
}
