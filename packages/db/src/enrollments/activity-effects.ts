import { eq } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { activityEffects } from '../schema';

/** The stored result of an at-most-once activity, if it already acted under this key. */
export async function findActivityEffect(db: KairosDb, idempotencyKey: string): Promise<Record<string, unknown> | null> {
  const [row] = await db.select().from(activityEffects).where(eq(activityEffects.idempotencyKey, idempotencyKey));
  return row?.result ?? null;
}

/**
 * Run `act` inside a transaction that also stores its result under the idempotency key; a second call
 * with the same key returns the first result without acting. The key's row is locked by the insert,
 * so two concurrent retries cannot both act.
 */
export async function onceByKey<T extends Record<string, unknown>>(
  db: KairosDb,
  key: { idempotencyKey: string; activity: string; accountId: string },
  act: (tx: KairosDb) => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .insert(activityEffects)
      .values({ ...key, result: {} })
      .onConflictDoNothing({ target: activityEffects.idempotencyKey })
      .returning({ key: activityEffects.idempotencyKey });
    if (!claimed) {
      const [row] = await tx.select().from(activityEffects).where(eq(activityEffects.idempotencyKey, key.idempotencyKey));
      return { result: row!.result as T, replayed: true };
    }
    const result = await act(tx as unknown as KairosDb);
    await tx.update(activityEffects).set({ result }).where(eq(activityEffects.idempotencyKey, key.idempotencyKey));
    return { result, replayed: false };
  });
}
