import { z } from '@hono/zod-openapi';
import { guardedRoute } from '../auth/access';
import { runAutoEnrollment } from '../jobs/auto-enrollment';
import type { RouteDeps } from '../deps';
import { newRouter } from '../router';
import { json } from '../schemas';

const report = z
  .object({
    cadences: z.number().int().openapi({ description: 'Published cadences whose entry enrolls by rule' }),
    checked: z.number().int().openapi({ description: 'Accounts whose rule was evaluated' }),
    enrolled: z.array(z.object({ cadenceId: z.string(), accountId: z.string(), enrollmentId: z.string(), cycle: z.string() })),
    resumed: z.number().int(),
    notStarted: z.number().int().openapi({ description: 'Stored but not started (Temporal did not answer): the next run starts them' }),
  })
  .openapi('AutoEnrollmentReport');

/** Run the rule-triggered enrollment now (it also runs after account writes and on a schedule). */
export function autoEnrollmentRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    guardedRoute(['strategist', 'engineer', 'admin'], {
      method: 'post',
      path: '/auto-enrollment/run',
      tags: ['Enrollments'],
      summary: 'Enroll every account that a rule-triggered cadence (segment, DPD, pre-due entry) matches now, once per cycle',
      responses: { 200: json(report, 'What the run did') },
    }),
    async (c) => c.json(await runAutoEnrollment(deps), 200),
  );
  return r;
}
