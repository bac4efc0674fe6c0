// An audience enrollment's progress in words, from the job the API answers: how far, how fast, how long left,
// and at the end what came of it, reason by reason.
import { AUDIENCE_EXCLUSION_TEXT, AUDIENCE_EXCLUSIONS } from '@kairos/cadence';
import type { Schemas } from '../api/types';

export type AudienceJob = Schemas['AudienceEnrollment'];

const n = (x: number) => x.toLocaleString('en-US');

/** "about 2 min 5 s", "about 40 s", "under a second". */
export function durationText(seconds: number): string {
  if (seconds < 1) return 'under a second';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  if (h) return `about ${h} h ${m} min`;
  if (m) return `about ${m} min${rest ? ` ${rest} s` : ''}`;
  return `about ${rest} s`;
}

/** Done of total as a whole percent for the progress bar (a job with nothing to do is complete). */
export const percentDone = (job: Pick<AudienceJob, 'done' | 'total'>) => (job.total === 0 ? 100 : Math.min(100, Math.floor((job.done / job.total) * 100)));

/** "1,200 of 5,000 accounts · 85 a second · about 45 s left" while it runs. */
export function progressText(job: AudienceJob): string {
  const parts = [`${n(job.done)} of ${n(job.total)} accounts`];
  if (job.ratePerSecond !== null) parts.push(`${n(Math.round(job.ratePerSecond * 10) / 10)} a second`);
  if (job.status === 'running') parts.push(job.etaSeconds === null ? 'working out the time left' : `${durationText(job.etaSeconds)} left`);
  return parts.join(' · ');
}

/** Each reason an account was not enrolled, in the API's order, with its count (only reasons that happened). */
export function exclusionLines(excluded: AudienceJob['excluded']): Array<{ reason: string; text: string; count: number }> {
  const known: readonly string[] = AUDIENCE_EXCLUSIONS;
  const order = [...AUDIENCE_EXCLUSIONS, ...Object.keys(excluded).filter((r) => !known.includes(r))];
  return order
    .filter((reason) => (excluded[reason] ?? 0) > 0)
    .map((reason) => ({ reason, text: (AUDIENCE_EXCLUSION_TEXT as Record<string, string>)[reason] ?? reason.replace(/_/g, ' '), count: excluded[reason]! }));
}

/** The end in one sentence: "Enrolled 40 of 42 accounts; 2 were not." */
export function summaryText(job: AudienceJob): string {
  const notEnrolled = job.done - job.enrolled;
  const head = `Enrolled ${n(job.enrolled)} of ${n(job.total)} ${job.total === 1 ? 'account' : 'accounts'}`;
  if (job.status === 'failed') return `${head} before it stopped: ${job.error ?? 'no reason given'}. The accounts enrolled stay enrolled; enroll the same audience again to carry on (those already enrolled are skipped).`;
  return notEnrolled > 0 ? `${head}; ${n(notEnrolled)} ${notEnrolled === 1 ? 'was' : 'were'} not.` : `${head}.`;
}
