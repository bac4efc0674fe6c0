// The live picture of a published version: where its enrollments are now and what they went through.
import { and, count, countDistinct, eq, isNotNull } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import { enrollmentTimeline, enrollments } from '../schema';

export interface StepLiveCounts {
  /** Active enrollments at this step right now. */
  now: number;
  /** Enrollments that left this step through one of its outcomes (each counted once). */
  passed: number;
  /** Enrollments that finished at this step: at an Exit, or interrupted here (by a payment, say). */
  ended: number;
}

export interface VersionLive {
  steps: Record<string, StepLiveCounts>;
  /** `paused`: the active enrollments a person has paused (counted in `active` too). */
  enrollments: { active: number; paused: number; finished: number; failed: number };
  /** Finished or failed enrollments by exit reason. */
  exitReasons: Record<string, number>;
}

const empty = (): StepLiveCounts => ({ now: 0, passed: 0, ended: 0 });

/** Per-step counts of one version's enrollments; every step the version's enrollments touched is listed. */
export async function versionLiveCounts(db: KairosDb, versionId: string): Promise<VersionLive> {
  const live: VersionLive = { steps: {}, enrollments: { active: 0, paused: 0, finished: 0, failed: 0 }, exitReasons: {} };
  if (!isUuid(versionId)) return live;
  const step = (id: string) => (live.steps[id] ??= empty());
  const ofVersion = eq(enrollments.cadenceVersionId, versionId);

  // One snapshot for all counts: an enrollment that finishes between two reads must not be counted half-finished.
  const [byOutcome, here, timeline, paused] = await db.transaction(
    async (tx) => [
      await tx
        .select({ status: enrollments.status, reason: enrollments.exitReason, n: count() })
        .from(enrollments)
        .where(ofVersion)
        .groupBy(enrollments.status, enrollments.exitReason),
      await tx
        .select({ stepId: enrollments.currentStepId, n: count() })
        .from(enrollments)
        .where(and(ofVersion, eq(enrollments.status, 'active')))
        .groupBy(enrollments.currentStepId),
      await tx
        .select({ stepId: enrollmentTimeline.stepId, type: enrollmentTimeline.type, n: countDistinct(enrollmentTimeline.enrollmentId) })
        .from(enrollmentTimeline)
        .innerJoin(enrollments, eq(enrollments.id, enrollmentTimeline.enrollmentId))
        .where(ofVersion)
        .groupBy(enrollmentTimeline.stepId, enrollmentTimeline.type),
      await tx
        .select({ n: count() })
        .from(enrollments)
        .where(and(ofVersion, eq(enrollments.status, 'active'), isNotNull(enrollments.pausedAt))),
    ] as const,
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  for (const r of byOutcome) {
    live.enrollments[r.status] += r.n;
    if (r.status !== 'active' && r.reason) live.exitReasons[r.reason] = (live.exitReasons[r.reason] ?? 0) + r.n;
  }
  live.enrollments.paused = paused[0]?.n ?? 0;
  for (const r of here) if (r.stepId) step(r.stepId).now = r.n;
  for (const r of timeline) {
    if (!r.stepId) continue;
    if (r.type === 'left') step(r.stepId).passed = r.n;
    else if (r.type === 'finished') step(r.stepId).ended = r.n;
  }
  return live;
}
