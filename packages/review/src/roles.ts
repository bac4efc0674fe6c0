// Who may do what is decided per route in the API; these are the roles it speaks of.
import { z } from 'zod';

export const ROLES = ['strategist', 'compliance_officer', 'engineer', 'agent', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.output<typeof roleSchema>;

/** What each role is for, as the people-and-permissions screen explains it. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  strategist: 'designs cadences, submits them for review and publishes approved versions',
  compliance_officer: 'reviews submitted versions: comments, approves or requests changes; reads the audit log',
  engineer: 'integrates systems: accounts, enrollments, events, node kinds',
  agent: 'works accounts: records contacts, opt-outs, disputes and inconvenient times; asks whether a contact is allowed',
  admin: 'manages users and roles; may do everything except approve',
};
