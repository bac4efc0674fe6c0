import type { AccountSnapshot } from './account';
import { accountView, conditionsHold } from './interpreter/conditions';
import type { EntryTrigger } from './interpreter/ir';
import { daysPastDue } from './interpreter/time';
import { UNSCOPED_RULE_PORTFOLIOS } from './nodes/entry/kind';

/** The portfolios a rule-triggered entry enrolls from: those it names, else (drawn before rules were scoped) `default`. */
export function triggerPortfolios(trigger: EntryTrigger): readonly string[] {
  return trigger.portfolios?.length ? trigger.portfolios : UNSCOPED_RULE_PORTFOLIOS;
}

export type TriggerDecision =
  | { enroll: true; /** One automatic enrollment per cycle: the same key is never enrolled twice. */ cycleKey: string }
  | { enroll: false; reason: string };

/**
 * Whether a rule-triggered cadence should enroll this account now. DPD and pre-due rules enroll once per
 * due date (a new delinquency cycle starts a new enrollment); a segment rule enrolls an account once.
 */
export function triggerDecision(trigger: EntryTrigger, account: AccountSnapshot, nowIso: string): TriggerDecision {
  const portfolio = account.portfolioId ?? 'default';
  if (!triggerPortfolios(trigger).includes(portfolio)) return { enroll: false, reason: `portfolio "${portfolio}" is not one the rule applies to` };
  if (account.balanceCents <= 0) return { enroll: false, reason: 'nothing is owed' };
  switch (trigger.type) {
    case 'segment':
      return conditionsHold(trigger.when, accountView(account, nowIso))
        ? { enroll: true, cycleKey: 'segment' }
        : { enroll: false, reason: 'the account is not in the segment' };
    case 'dpd': {
      const dpd = daysPastDue(account, nowIso);
      return dpd >= trigger.days
        ? { enroll: true, cycleKey: `due:${account.dueDate}` }
        : { enroll: false, reason: `DPD is ${dpd}, the cadence starts at ${trigger.days}` };
    }
    case 'preDue': {
      const dpd = daysPastDue(account, nowIso);
      if (dpd >= 0) return { enroll: false, reason: 'the due date has passed' };
      return -dpd <= trigger.days
        ? { enroll: true, cycleKey: `due:${account.dueDate}` }
        : { enroll: false, reason: `the due date is ${-dpd} days away, the cadence starts ${trigger.days} days before` };
    }
  }
}
