// Who is signed in, and an enrollment as the API answers it, for component tests of pages that act by role.
import type { Enrollment, SessionUser } from '../api/types';

/** A signed-in person of `role`, named after it. */
export const sessionUser = (role: SessionUser['role']): SessionUser => ({ id: `u-${role}`, name: role, email: `${role}@kairos.test`, role });

/** An active enrollment of account A-1 waiting at its three-day wait. */
export const activeEnrollment: Enrollment = {
  id: 'e-1',
  accountId: 'A-1',
  cadenceId: 'c-1',
  cadenceVersionId: 'v-1',
  workflowId: 'enrollment-e-1',
  status: 'active',
  currentStepId: 'wait-3d',
  exitReason: null,
  startedAt: '2026-12-01T10:00:00Z',
  finishedAt: null,
  updatedAt: '2026-12-01T10:00:00Z',
  triggerCycle: null,
  tier: '',
  experiments: {},
  experimentId: null,
  arm: null,
  placedCents: 12_345,
  placedCurrency: 'USD',
  placedDueDate: '2026-11-01',
  paused: null,
};
