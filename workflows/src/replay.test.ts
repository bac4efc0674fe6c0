// Replays recorded histories against the current workflow code: a driver change that would break
// running cadences (nondeterminism) fails here. Re-record with `pnpm --filter @kairos/worker record-histories`.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', 'histories');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('recorded cadence histories', () => {
  it('covers the driver paths: completion, payment, promise, timeout, continue-as-new', () => {
    expect(files.sort()).toEqual([
      'promise-follow-up-promise.json',
      'promise-follow-up-timeout.json',
      'three-reminders-complete.json',
      'three-reminders-continue-as-new.json',
      'three-reminders-paid-mid-wait.json',
    ]);
  });

  it('replay deterministically on the current workflow code', async () => {
    const histories = files.map((f) => ({ workflowId: f.replace('.json', ''), history: historyFromJSON(JSON.parse(readFileSync(join(dir, f), 'utf8'))) }));
    const workflowsPath = createRequire(import.meta.url).resolve('@kairos/workflows');
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories({ workflowsPath }, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
