import { eq, sql } from 'drizzle-orm';
import type { AccountSnapshot } from '@kairos/cadence';
import type { KairosDb } from '../database/connection';
import { toAccountSnapshot } from './accounts';
import { accounts } from '../schema';

/** What a cadence step may change on an account: its due date (an extension) and attributes (tags). */
export interface AccountPatch {
  dueDate?: string;
  /** Merged into the stored attributes; a null value is stored as null (cleared). */
  attributes?: AccountSnapshot['attributes'];
}

/** Apply a step's change to an account in one statement (attributes merge server-side, so concurrent tags both land). */
export async function patchAccount(db: KairosDb, id: string, patch: AccountPatch): Promise<AccountSnapshot | null> {
  const set: Record<string, unknown> = { updatedAt: sql`now()` };
  if (patch.dueDate !== undefined) set.dueDate = patch.dueDate;
  if (patch.attributes !== undefined) set.attributes = sql`${accounts.attributes} || ${JSON.stringify(patch.attributes)}::jsonb`;
  const [row] = await db.update(accounts).set(set).where(eq(accounts.id, id)).returning();
  return row ? toAccountSnapshot(row) : null;
}
