// Replays recorded histories against the current workflow code: a driver change that would break
// running cadences (nondeterminism) fails here. Re-record with `pnpm --filter @kairos/worker record-histories`;
// histories named `*.recorded-<date>.json` were recorded on older code and stay, since executions started then still run.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import * as exported from './index';

const dir = join(import.meta.dirname, '..', 'histories');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
// The workflow functions the package exports, which the worker registers: the async ones (the contract's helpers are not).
const workflows = Object.fromEntries(Object.entries(exported).filter(([, v]) => typeof v === 'function' && v.constructor.name === 'AsyncFunction'));

describe('recorded workflow histories', () => {
  const current = files.filter((f) => !f.includes('.recorded-'));
  const workflowTypeOf = (f: string): string | undefined =>
    JSON.parse(readFileSync(join(dir, f), 'utf8')).events[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name;

  it('covers the driver paths on the current code: completion, payment, promise, timeout, continue-as-new, pause, resume, stop, a deferred notice', () => {
    expect(current.sort()).toEqual([
      'account-notice-receipt-quiet-hours.json',
      'promise-follow-up-paused-stopped.json',
      'promise-follow-up-promise.json',
      'promise-follow-up-timeout.json',
      'three-reminders-complete.json',
      'three-reminders-continue-as-new.json',
      'three-reminders-paid-mid-wait.json',
      'three-reminders-paused-resumed.json',
    ]);
  });

  it('holds a history of every workflow the worker serves', () => {
    expect([...new Set(files.map(workflowTypeOf))].sort()).toEqual(Object.keys(workflows).sort());
  });

  it('keeps the histories recorded on earlier code (running executions started then)', () => {
    expect(files.filter((f) => f.includes('.recorded-')).length).toBeGreaterThanOrEqual(5);
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
