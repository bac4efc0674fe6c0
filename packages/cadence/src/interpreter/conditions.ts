import { CONTACT_CHANNELS } from '@kairos/channels';
import type { AccountSnapshot } from '../account';
import type { Condition } from './ir';
import { daysPastDue } from './time';


export type FieldValue = string | number | boolean | null | undefined;

/** The flat view of an account that conditions and templates read; `dpd` is computed for the moment asked. */
export function accountView(account: AccountSnapshot, nowIso: string): Record<string, FieldValue> {
  const view: Record<string, FieldValue> = {
    id: account.id,
    name: account.name,
    balanceCents: account.balanceCents,
    currency: account.currency,
    dueDate: account.dueDate,
    dpd: daysPastDue(account, nowIso),
    timezone: account.timezone,
    language: account.language,
    hasEmail: account.email !== undefined,
    hasPhone: account.phone !== undefined,
  };
  for (const [channel, given] of Object.entries(account.consents)) view[`consents.${channel}`] = given;
  // Accounts stored before compliance facts existed read as "nothing known": no request, no dispute.
  const facts = account.compliance;
  view['compliance.ceaseCommunication'] = facts?.ceaseCommunication ?? false;
  view['compliance.disputeStatus'] = facts?.dispute.status ?? 'none';
  view['compliance.phoneType'] = facts?.phoneType ?? 'unknown';
  for (const channel of CONTACT_CHANNELS) view[`compliance.optedOut.${channel}`] = facts?.optOuts.includes(channel) ?? false;
  for (const [key, value] of Object.entries(account.attributes)) view[`attributes.${key}`] = value;
  return view;
}

function compare(actual: FieldValue, c: Condition): boolean {
  const expected = c.value;
  switch (c.operator) {
    case 'exists':
      return actual !== undefined && actual !== null;
    case 'notExists':
      return actual === undefined || actual === null;
    case 'eq':
      return actual === expected;
    case 'neq':
      return actual !== expected;
    case 'in':
      return Array.isArray(expected) && (expected as FieldValue[]).includes(actual);
    case 'notIn':
      return Array.isArray(expected) && !(expected as FieldValue[]).includes(actual);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      if (typeof actual !== 'number' || typeof expected !== 'number') return false;
      if (c.operator === 'gt') return actual > expected;
      if (c.operator === 'gte') return actual >= expected;
      if (c.operator === 'lt') return actual < expected;
      return actual <= expected;
    }
  }
}

/** True when every condition holds (an empty list holds). */
export function conditionsHold(conditions: readonly Condition[], view: Record<string, FieldValue>): boolean {
  return conditions.every((c) => compare(view[c.field], c));
}
