import { desc, eq } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import { placements } from '../schema';

export type PlacementRow = typeof placements.$inferSelect;

/** Record a placement decision once per idempotency key. */
export async function recordPlacement(
  db: KairosDb,
  p: Omit<typeof placements.$inferInsert, 'id' | 'createdAt'>,
): Promise<{ placement: PlacementRow; created: boolean }> {
  const [inserted] = await db
    .insert(placements)
    .values({ ...p, enrollmentId: p.enrollmentId && isUuid(p.enrollmentId) ? p.enrollmentId : null })
    .onConflictDoNothing({ target: placements.idempotencyKey })
    .returning();
  if (inserted) return { placement: inserted, created: true };
  const [existing] = await db.select().from(placements).where(eq(placements.idempotencyKey, p.idempotencyKey));
  if (!existing) throw new Error(`placement ${p.idempotencyKey} neither inserted nor found`);
  return { placement: existing, created: false };
}

export function listPlacements(db: KairosDb, accountId: string): Promise<PlacementRow[]> {
  return db.select().from(placements).where(eq(placements.accountId, accountId)).orderBy(desc(placements.createdAt));
}
