import { and, desc, eq, inArray } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { accountEvents } from '../schema';

/** True when the account's latest dispute event has not been followed by a resolution. */
export async function hasOpenDispute(db: KairosDb, accountId: string): Promise<boolean> {
  const [latest] = await db
    .select({ type: accountEvents.type })
    .from(accountEvents)
    .where(and(eq(accountEvents.accountId, accountId), inArray(accountEvents.type, ['dispute', 'dispute_resolved'])))
    .orderBy(desc(accountEvents.occurredAt))
    .limit(1);
  return latest?.type === 'dispute';
}
