import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { openDatabase } from '@kairos/db';
import { logCapture } from '@kairos/logging/testing';
import { temporalLogger } from './temporal-log';

it('logs a failed activity by its type and the database error code, never the values of the failed statement', async () => {
  const database = await openDatabase({ memory: true });
  let failure: unknown;
  try {
    // What a send activity's database write throws when it fails: drizzle's error, with the values in its message.
    await database.db.execute(sql`select ${'+15557770001'}::integer as phone, ${'dana@example.com'} as email`);
  } catch (err) {
    failure = err;
  } finally {
    await database.close();
  }
  expect(String((failure as Error).message)).toContain('+15557770001');

  const log = logCapture();
  // The call Temporal's activity runner makes, with the context it adds.
  temporalLogger(log.logger).warn('Activity failed', { error: failure, durationMs: 12, activityType: 'sendMessage', workflowId: 'enrollment-1' });
  temporalLogger(log.logger).info('Activity completed', { activityType: 'sendMessage' });
  expect(log.entries()).toMatchObject([
    { level: 'warn', msg: 'Activity failed', source: 'temporal', activityType: 'sendMessage', workflowId: 'enrollment-1', error: { message: 'Failed query', cause: { code: '22003', message: 'value "…" is out of range for type integer' } } },
  ]);
  expect(log.text()).not.toMatch(/5557770001|dana@example\.com/);
});
