import { describe, expect, it } from 'vitest';
import { durationText, exclusionLines, percentDone, progressText, summaryText, type AudienceJob } from './job-progress';

const job = (over: Partial<AudienceJob>): AudienceJob => ({
  id: 'j-1',
  cadenceId: 'c-1',
  versionId: 'v-1',
  status: 'running',
  audience: {},
  total: 5_000,
  done: 1_200,
  enrolled: 1_150,
  excluded: {},
  ratePerSecond: 84.96,
  etaSeconds: 45,
  error: null,
  startedAt: '2026-12-08T01:00:00Z',
  finishedAt: null,
  ...over,
});

describe("an audience enrollment's progress", () => {
  it('says how far, how fast and how long is left while it runs', () => {
    expect(progressText(job({}))).toBe('1,200 of 5,000 accounts · 85 a second · about 45 s left');
    expect(progressText(job({ done: 0, ratePerSecond: null, etaSeconds: null }))).toBe('0 of 5,000 accounts · working out the time left');
    expect(percentDone(job({}))).toBe(24);
    expect(percentDone(job({ total: 0, done: 0 }))).toBe(100);
  });

  it('reads time left as people say it', () => {
    expect([durationText(0.4), durationText(59.6), durationText(125), durationText(180), durationText(7_322)]).toEqual([
      'under a second',
      'about 1 min',
      'about 2 min 5 s',
      'about 3 min',
      'about 2 h 2 min',
    ]);
  });

  it('sums up the end, with each reason an account stayed out in the order the preview gives them', () => {
    const done = job({ status: 'finished', done: 5_000, enrolled: 4_990, excluded: { opted_out: 3, paid: 7, something_new: 0 } });
    expect(summaryText(done)).toBe('Enrolled 4,990 of 5,000 accounts; 10 were not.');
    expect(exclusionLines(done.excluded)).toEqual([
      { reason: 'paid', text: 'nothing owed (paid)', count: 7 },
      { reason: 'opted_out', text: 'opted out of every channel the cadence uses', count: 3 },
    ]);
    expect(summaryText(job({ status: 'finished', total: 1, done: 1, enrolled: 1 }))).toBe('Enrolled 1 of 1 account.');
  });

  it('says what to do when the job stopped', () => {
    expect(summaryText(job({ status: 'failed', error: 'Temporal could not be reached' }))).toBe(
      'Enrolled 1,150 of 5,000 accounts before it stopped: Temporal could not be reached. The accounts enrolled stay enrolled; enroll the same audience again to carry on (those already enrolled are skipped).',
    );
  });
});
