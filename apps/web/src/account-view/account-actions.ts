// What each role may do from the account page, as the API's guards decide (the page hides the rest; the API
// refuses it anyway): enroll, record what the holder told us, report a payment or promise, open a cadence.
import type { Role } from '../api/types';

const ENROLLERS: readonly Role[] = ['strategist', 'engineer', 'admin'];
const FACT_RECORDERS: readonly Role[] = ['agent', 'compliance_officer', 'engineer', 'admin'];
const EVENT_REPORTERS: readonly Role[] = ['agent', 'engineer', 'admin'];
const DESIGN_READERS: readonly Role[] = ['strategist', 'compliance_officer', 'engineer', 'admin'];

export interface AccountActions {
  /** POST /enrollments: put the account in a published cadence. */
  enroll: boolean;
  /** PATCH /accounts/{id}/compliance: an opt-out, a cease request, a dispute, an inconvenient time. */
  recordFact: boolean;
  /** POST /account-events: a payment or a promise to pay the holder reported. */
  reportEvent: boolean;
  /** The enrollment's cadence version in the live view. */
  openCanvas: boolean;
}

export function accountActionsFor(role: string | undefined): AccountActions {
  const is = (roles: readonly Role[]) => role !== undefined && (roles as readonly string[]).includes(role);
  return { enroll: is(ENROLLERS), recordFact: is(FACT_RECORDERS), reportEvent: is(EVENT_REPORTERS), openCanvas: is(DESIGN_READERS) };
}
