// Put the account in an agent's call queue, once per step visit, with the note rendered for the account.
import { createAgentTaskInput, type ActivityInput, type ActivityResult } from '@kairos/cadence';
import { renderTemplate } from '@kairos/cadence/templates';
import { createAgentTask as queueTask, getAccount, type KairosDb } from '@kairos/db';
import { paramsOf } from './activity-params';
import { collectorExtras } from './template-extras';

export function createAgentTaskActivity(deps: { db: KairosDb; now: () => Date }) {
  return async function createAgentTask(input: ActivityInput): Promise<ActivityResult> {
    const p = paramsOf(createAgentTaskInput, input.params, 'createAgentTask');
    const account = await getAccount(deps.db, input.accountId);
    if (!account) return { outcome: 'next', detail: { skipped: 'account no longer exists' } };
    const now = deps.now();
    let note: string;
    try {
      note = renderTemplate(p.note, account, now.toISOString(), await collectorExtras(deps.db, account));
    } catch (err) {
      note = `${p.note}\n(note could not be rendered: ${(err as Error).message})`; // an agent can still act on it
    }
    const { task, created } = await queueTask(deps.db, {
      idempotencyKey: input.idempotencyKey,
      accountId: account.id,
      enrollmentId: input.enrollmentId,
      queue: p.queue,
      priority: p.priority,
      note,
      dueAt: new Date(now.getTime() + p.dueInHours * 3_600_000),
    });
    return { outcome: 'next', detail: { taskId: task.id, queue: task.queue, priority: task.priority, ...(created ? {} : { replayed: true }) } };
  };
}
