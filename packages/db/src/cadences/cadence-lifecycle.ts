// What strategists do to a cadence besides editing its draft: rename, archive, restore, duplicate.
import { eq, sql } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { createCadence, getCadence, type CadenceRow } from './cadences';
import { isUuid } from '../database/ids';
import { cadences } from '../schema';

/**
 * Rename, describe, archive or restore a cadence. The draft and its revision are untouched, so an
 * editor open on the draft keeps saving without a conflict. Returns null when there is no such cadence.
 */
export async function updateCadence(
  db: KairosDb,
  id: string,
  patch: { name?: string; description?: string; archived?: boolean },
): Promise<CadenceRow | null> {
  if (!isUuid(id)) return null;
  const set = {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.description !== undefined ? { description: patch.description } : {}),
    // Archiving twice keeps the first instant: "archived since" stays true.
    ...(patch.archived === true ? { archivedAt: sql`coalesce(${cadences.archivedAt}, now())` } : {}),
    ...(patch.archived === false ? { archivedAt: null } : {}),
  };
  if (Object.keys(set).length === 0) return getCadence(db, id);
  const [row] = await db
    .update(cadences)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(cadences.id, id))
    .returning();
  return row ?? null;
}

/** A new cadence whose draft is a copy of another's draft (not its versions or enrollments). */
export async function duplicateCadence(db: KairosDb, id: string, opts: { name?: string; createdBy?: string } = {}): Promise<CadenceRow | null> {
  const source = await getCadence(db, id);
  if (!source) return null;
  return createCadence(db, {
    name: opts.name ?? `Copy of ${source.name}`,
    description: source.description,
    graph: source.draftGraph,
    ...(opts.createdBy !== undefined ? { createdBy: opts.createdBy } : {}),
  });
}
