// Enrolling an audience in the background: the exclusions are decided again, account by account, when
// it enrolls (the preview may be minutes old), through the same enrollment path as one account's.
import { audienceExclusion, audienceRulesOf, type AudienceExclusion } from '@kairos/cadence';
import {
  appendAudit,
  audienceOf,
  audiencePage,
  claimStaleAudienceJobs,
  createEnrollment,
  finishAudienceJob,
  getAudienceJob,
  getVersion,
  listActiveEnrollmentsForAccount,
  recordAudienceProgress,
  scopeOf,
  unknownAudienceIds,
  type AudienceJobRow,
  type KairosDb,
  type StoredAccount,
} from '@kairos/db';
import { enrollmentWorkflowId } from '@kairos/workflows';
import type { CadenceRuntime } from '../runtime';
import { enrollmentStarter } from '../enrollments/enrollment-starter';
import { startPeriodicTask } from './periodic-task';

export interface AudienceEnrollmentDeps {
  db: KairosDb;
  runtime: CadenceRuntime;
  clock?: () => Date;
}

const PAGE = 200;

/**
 * Enroll the job's audience, page by page, recording progress and where it got after each; the job ends
 * finished or failed with the reason. A job that recorded pages before its API stopped goes on after the
 * last recorded account, with the figures it had: nothing is decided twice, nobody is enrolled twice.
 */
export async function runAudienceEnrollment(deps: AudienceEnrollmentDeps, jobId: string): Promise<void> {
  const job = await getAudienceJob(deps.db, jobId);
  if (!job) throw new Error(`audience enrollment ${jobId} does not exist`);
  const version = await getVersion(deps.db, job.cadenceVersionId);
  if (!version) throw new Error(`audience enrollment ${jobId} names version ${job.cadenceVersionId}, which does not exist`);
  const rules = audienceRulesOf(version.ir);
  const audience = audienceOf(job);
  const now = (deps.clock ?? (() => new Date()))();
  const query = { audience, cadenceId: job.cadenceId, rules, scope: scopeOf(job), asOf: now.toISOString().slice(0, 10) };
  const resuming = job.cursor !== null;
  const excluded: Partial<Record<AudienceExclusion, number>> = resuming ? { ...(job.excluded as Partial<Record<AudienceExclusion, number>>) } : {};
  const exclude = (reason: AudienceExclusion, n = 1) => (excluded[reason] = (excluded[reason] ?? 0) + n);
  let done = resuming ? job.done : 0;
  let enrolled = resuming ? job.enrolled : 0;
  if (!resuming && audience.kind === 'ids') {
    const unknown = await unknownAudienceIds(deps.db, audience.accountIds, query.scope);
    if (unknown.length) exclude('not_found', unknown.length);
    done += unknown.length;
  }
  const startRun = enrollmentStarter(deps);
  const start = (enrollment: { id: string; workflowId: string }, account: StoredAccount) => startRun(enrollment, version.ir, account);
  // The page after the recorded cursor was in flight when the API stopped: an account this job enrolled
  // there is "already enrolled" now. It is this job's (same version, enrolled since the job began):
  // count it as enrolled, and start its run in case the stop came between storing and starting it.
  let inFlight = resuming;
  let afterId: string | undefined = job.cursor ?? undefined;
  for (;;) {
    const page = await audiencePage(deps.db, query, { limit: PAGE, ...(afterId !== undefined ? { afterId } : {}) });
    for (const { account, facts } of page) {
      done++;
      const reason = audienceExclusion(facts, rules);
      if (reason === 'already_enrolled' && inFlight) {
        const ours = (await listActiveEnrollmentsForAccount(deps.db, account.id)).find((e) => e.cadenceId === job.cadenceId && e.cadenceVersionId === version.id && e.startedAt >= job.startedAt);
        if (ours) {
          await start(ours, account);
          enrolled++;
          continue;
        }
      }
      if (reason) {
        exclude(reason);
        continue;
      }
      const { enrollment, created } = await createEnrollment(deps.db, {
        accountId: account.id,
        cadenceId: job.cadenceId,
        cadenceVersionId: version.id,
        workflowIdFor: enrollmentWorkflowId,
      });
      // Enrolled in between by someone else (or a retried job): counted as it now stands.
      if (!created) {
        exclude('already_enrolled');
        continue;
      }
      await start(enrollment, account);
      enrolled++;
    }
    inFlight = false;
    const last = page.length > 0 ? page[page.length - 1]!.account.id : afterId;
    await recordAudienceProgress(deps.db, job.id, { done, enrolled, excluded, cursor: last ?? null });
    if (page.length < PAGE) break;
    afterId = last;
  }
  await finishAudienceJob(deps.db, job.id, { status: 'finished' });
  await auditEnd(deps.db, job, { status: 'finished', done, enrolled, excluded });
}

/** Jobs not moved for this long are taken to have lost their API (a live job records every page, within seconds). */
export const AUDIENCE_JOB_STALE_MS = 2 * 60_000;

/** Take over the jobs whose API stopped mid-way and run each on from where it recorded; returns how many. */
export async function resumeStaleAudienceJobs(deps: AudienceEnrollmentDeps, staleMs = AUDIENCE_JOB_STALE_MS): Promise<number> {
  const now = (deps.clock ?? (() => new Date()))();
  const stale = await claimStaleAudienceJobs(deps.db, new Date(now.getTime() - staleMs));
  await Promise.all(stale.map((job) => startAudienceEnrollment(deps, job)));
  return stale.length;
}

/** Look for audience jobs to take over every `intervalMs` (a job running when the API stopped resumes here). */
export function startAudienceJobResumer(deps: AudienceEnrollmentDeps, intervalMs: number): () => void {
  return startPeriodicTask('audience enrollments', intervalMs, () => resumeStaleAudienceJobs(deps));
}

async function auditEnd(db: KairosDb, job: AudienceJobRow, detail: Record<string, unknown>): Promise<void> {
  await appendAudit(db, {
    actor: { id: job.requestedBy },
    action: 'audience_enrollment',
    cadenceId: job.cadenceId,
    versionId: job.cadenceVersionId,
    detail: { jobId: job.id, audience: audienceSummary(job), ...detail },
  });
}

/** The audience as the audit log keeps it: the filter itself, the import, or how many ids were pasted (not the ids). */
export function audienceSummary(job: Pick<AudienceJobRow, 'audience'>): Record<string, unknown> {
  const audience = audienceOf(job as AudienceJobRow);
  if (audience.kind === 'filter') return { kind: 'filter', filter: audience.filter };
  return audience.kind === 'import' ? { kind: 'import', importId: audience.importId } : { kind: 'ids', count: audience.accountIds.length };
}

/**
 * Start the job without waiting for it; a failure ends it as failed with the reason, and is audited.
 * Never rejects: nobody awaits it, and a database gone meanwhile leaves the job "running" for the log to tell.
 */
export function startAudienceEnrollment(deps: AudienceEnrollmentDeps, job: AudienceJobRow): Promise<void> {
  return runAudienceEnrollment(deps, job.id).catch(async (err: unknown) => {
    const error = `stopped: ${(err as Error).message}. Accounts enrolled so far stay enrolled; ask again to enroll the rest (enrolled accounts are skipped).`;
    try {
      await finishAudienceJob(deps.db, job.id, { status: 'failed', error });
      await auditEnd(deps.db, job, { status: 'failed', error });
    } catch {
      // The job row stays "running"; nothing else can be done from here.
    }
  });
}

export interface AudienceProgress {
  done: number;
  total: number;
  /** Accounts decided per second since the job started; null before the first page. */
  ratePerSecond: number | null;
  /** Seconds left at that rate; null when unknown or finished. */
  etaSeconds: number | null;
}

/** How far a job got, how fast, and how long it has left, as of `now`. */
export function audienceProgress(job: Pick<AudienceJobRow, 'done' | 'total' | 'status' | 'startedAt' | 'updatedAt'>, now: Date): AudienceProgress {
  const until = job.status === 'running' ? now : job.updatedAt;
  const seconds = Math.max((until.getTime() - job.startedAt.getTime()) / 1000, 0.001);
  const ratePerSecond = job.done > 0 ? job.done / seconds : null;
  const left = Math.max(job.total - job.done, 0);
  const etaSeconds = job.status !== 'running' ? null : ratePerSecond ? Math.ceil(left / ratePerSecond) : null;
  return { done: job.done, total: job.total, ratePerSecond: ratePerSecond === null ? null : Math.round(ratePerSecond * 10) / 10, etaSeconds };
}
