import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { CadenceGraph } from '@kairos/cadence';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import { cadences } from '../schema';

export type CadenceRow = typeof cadences.$inferSelect;

export async function createCadence(
  db: KairosDb,
  c: { name: string; description?: string; graph: CadenceGraph; createdBy?: string },
): Promise<CadenceRow> {
  const [row] = await db
    .insert(cadences)
    .values({
      name: c.name,
      description: c.description ?? '',
      draftGraph: c.graph,
      createdBy: c.createdBy ?? 'system',
      draftEditors: c.createdBy ? [c.createdBy] : [],
    })
    .returning();
  return row!;
}

export async function getCadence(db: KairosDb, id: string): Promise<CadenceRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(cadences).where(eq(cadences.id, id));
  return row ?? null;
}

/** Whether a cadence exists, without loading its draft graph. */
export async function cadenceExists(db: KairosDb, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const [row] = await db.select({ id: cadences.id }).from(cadences).where(eq(cadences.id, id));
  return row !== undefined;
}

export async function listCadences(db: KairosDb, opts: { includeArchived?: boolean } = {}): Promise<CadenceRow[]> {
  const q = db.select().from(cadences);
  return (opts.includeArchived ? q : q.where(isNull(cadences.archivedAt))).orderBy(asc(cadences.createdAt));
}

export type SaveDraftResult =
  | { ok: true; cadence: CadenceRow }
  | { ok: false; reason: 'not-found' | 'revision-conflict'; currentRevision?: number };

/**
 * Save a draft; with `expectedRevision`, refuse to overwrite someone else's newer save. `editedBy`
 * joins the draft's authors: nobody who changed a version may approve it.
 */
export async function saveDraft(
  db: KairosDb,
  id: string,
  d: { graph: CadenceGraph; name?: string; description?: string; expectedRevision?: number; editedBy?: string },
): Promise<SaveDraftResult> {
  if (!isUuid(id)) return { ok: false, reason: 'not-found' };
  const where = and(eq(cadences.id, id), d.expectedRevision === undefined ? undefined : eq(cadences.draftRevision, d.expectedRevision));
  const [row] = await db
    .update(cadences)
    .set({
      draftGraph: d.graph,
      ...(d.name !== undefined ? { name: d.name } : {}),
      ...(d.description !== undefined ? { description: d.description } : {}),
      draftRevision: sql`${cadences.draftRevision} + 1`,
      ...(d.editedBy !== undefined
        ? {
            draftEditors: sql`case when ${cadences.draftEditors} @> ${JSON.stringify([d.editedBy])}::jsonb then ${cadences.draftEditors}
              else ${cadences.draftEditors} || ${JSON.stringify([d.editedBy])}::jsonb end`,
          }
        : {}),
      updatedAt: sql`now()`,
    })
    .where(where)
    .returning();
  if (row) return { ok: true, cadence: row };
  const current = await getCadence(db, id);
  if (!current) return { ok: false, reason: 'not-found' };
  return { ok: false, reason: 'revision-conflict', currentRevision: current.draftRevision };
}
