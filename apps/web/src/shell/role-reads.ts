// The reads of the web app that only some roles may make, with the roles the API lets make them (its
// `guardedRoute` lists, written out in apps/api/src/auth/access-matrix.test.ts). A page whose read its role
// may not make does not ask the API (which would refuse with 403): it says who may, and the nav hides it.
import type { Role } from '../api/types';

const DESIGN_READERS: readonly Role[] = ['strategist', 'compliance_officer', 'engineer', 'admin'];

export const RESTRICTED_READS = {
  /** Cadences, versions, reviews, experiments, the dashboard, analytics settings and the outbox. */
  design: { roles: DESIGN_READERS, who: 'Strategists, compliance officers, engineers and administrators' },
  /** The audit log. */
  audit: { roles: ['compliance_officer', 'admin'], who: 'Compliance officers and administrators' },
  /** Account imports and audience enrollments (the pages that put accounts in and enroll them). */
  enrollment: { roles: ['strategist', 'engineer', 'admin'], who: 'Strategists, engineers and administrators' },
  /** People and their invitations. */
  people: { roles: ['admin'], who: 'Administrators' },
} as const satisfies Record<string, { roles: readonly Role[]; who: string }>;

export type RestrictedRead = keyof typeof RESTRICTED_READS;

/** May `role` (the signed-in one, once known) make the reads of `read`? Nobody known may not. */
export function mayRead(role: string | undefined, read: RestrictedRead): boolean {
  return role !== undefined && (RESTRICTED_READS[read].roles as readonly string[]).includes(role);
}

/** Where a role starts (after signing in, or at `/`): the cadences for those who read them, the accounts for the rest. */
export function homeOf(role: string | undefined): string {
  return mayRead(role, 'design') ? '/cadences' : '/accounts';
}
