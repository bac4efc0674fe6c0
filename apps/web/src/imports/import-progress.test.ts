import { describe, expect, it } from 'vitest';
import { formatSeconds, outcomeText, percentDone, progressText } from './import-progress';

const running = { status: 'running' as const, rowsDone: 1_500, totalRows: 10_000, rowsPerSecond: 420, etaSeconds: 21, cancelRequested: false };

describe('an import in words', () => {
  it('says how far a running import is, how fast it goes and when it ends', () => {
    expect(progressText(running)).toBe('1,500 of 10,000 rows · 420 rows/s · about 21 s left');
    expect(progressText({ ...running, etaSeconds: 3_725 })).toBe('1,500 of 10,000 rows · 420 rows/s · about 1 h 2 min left');
  });

  it('says when the pace is not known yet, when the import waits its turn, and when it is stopping', () => {
    expect(progressText({ ...running, rowsDone: 0, rowsPerSecond: null, etaSeconds: null })).toBe('0 of 10,000 rows · measuring the pace…');
    expect(progressText({ ...running, status: 'queued', rowsDone: 0 })).toBe('0 of 10,000 rows · waiting for the imports started before it');
    expect(progressText({ ...running, cancelRequested: true })).toContain('stopping after the current batch');
  });

  it('reaches 100% only when every row is read', () => {
    expect(percentDone({ rowsDone: 9_999, totalRows: 10_000 })).toBe(99);
    expect(percentDone({ rowsDone: 10_000, totalRows: 10_000 })).toBe(100);
    expect(percentDone({ rowsDone: 0, totalRows: 0 })).toBe(0);
  });

  it('reads durations as people say them', () => {
    expect([formatSeconds(0), formatSeconds(59.6), formatSeconds(65), formatSeconds(120), formatSeconds(7_200)]).toEqual(['0 s', '1 min', '1 min 5 s', '2 min', '2 h']);
  });

  it('says what an ended import did and what to do next', () => {
    const ended = { rowsDone: 7, totalRows: 7, failureReason: null };
    expect(outcomeText({ ...ended, status: 'done', rejected: 4 })).toContain('4 rejected rows are in the problems CSV: fix them in your file and import it again');
    expect(outcomeText({ ...ended, status: 'done', rejected: 0 })).toBe('Every row of the file was read.');
    expect(outcomeText({ ...ended, status: 'cancelled', rowsDone: 500, rejected: 0 })).toBe('Cancelled after 500 of 7 rows: the rows before stay imported. Import the file again to finish it.');
    expect(outcomeText({ ...ended, status: 'failed', rejected: 0, failureReason: 'the uploaded file is no longer stored: upload it again' })).toBe(
      'The import failed: the uploaded file is no longer stored: upload it again.',
    );
  });
});
