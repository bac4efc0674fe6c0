import { desc, eq } from 'drizzle-orm';
import type { CadenceGraph, CadenceIR } from '@kairos/cadence';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import { cadenceVersions, cadences } from '../schema';

export type VersionRow = typeof cadenceVersions.$inferSelect;

/**
 * Store a published version. Numbers are per cadence and gap-free; publishing the content the
 * latest version already has is idempotent. There is deliberately no update or delete. This is
 * the bare store (fixtures, benchmarks); the API publishes through `publishApprovedVersion`.
 */
export async function publishVersion(
  db: KairosDb,
  v: { cadenceId: string; graph: CadenceGraph; ir: CadenceIR; publishedBy: string },
): Promise<{ version: VersionRow; created: boolean }> {
  if (!isUuid(v.cadenceId)) throw new Error(`cannot publish: cadence ${v.cadenceId} does not exist`);
  return db.transaction(async (tx) => {
    if (!(await lockCadence(tx, v.cadenceId))) throw new Error(`cannot publish: cadence ${v.cadenceId} does not exist`);
    const latest = await latestVersionIn(tx, v.cadenceId);
    if (latest && latest.hash === v.ir.hash) return { version: latest, created: false };
    return { version: await insertVersion(tx, latest, v), created: true };
  });
}

type Tx = Parameters<Parameters<KairosDb['transaction']>[0]>[0];

/** Lock the cadence row so two publishers cannot both take number n+1; false when it does not exist. */
export async function lockCadence(tx: Tx, cadenceId: string): Promise<boolean> {
  const [cadence] = await tx.select({ id: cadences.id }).from(cadences).where(eq(cadences.id, cadenceId)).for('update');
  return cadence !== undefined;
}

export async function latestVersionIn(tx: Tx, cadenceId: string): Promise<VersionRow | undefined> {
  const [latest] = await tx.select().from(cadenceVersions).where(eq(cadenceVersions.cadenceId, cadenceId)).orderBy(desc(cadenceVersions.version)).limit(1);
  return latest;
}

export async function insertVersion(
  tx: Tx,
  latest: VersionRow | undefined,
  v: { cadenceId: string; graph: CadenceGraph; ir: CadenceIR; publishedBy: string; reviewId?: string; approvedBy?: string },
): Promise<VersionRow> {
  const [row] = await tx
    .insert(cadenceVersions)
    .values({
      cadenceId: v.cadenceId,
      version: (latest?.version ?? 0) + 1,
      graph: v.graph,
      ir: v.ir,
      hash: v.ir.hash,
      publishedBy: v.publishedBy,
      reviewId: v.reviewId ?? null,
      approvedBy: v.approvedBy ?? null,
    })
    .returning();
  return row!;
}

export async function listVersions(db: KairosDb, cadenceId: string): Promise<VersionRow[]> {
  if (!isUuid(cadenceId)) return [];
  return db.select().from(cadenceVersions).where(eq(cadenceVersions.cadenceId, cadenceId)).orderBy(desc(cadenceVersions.version));
}

export async function getVersion(db: KairosDb, versionId: string): Promise<VersionRow | null> {
  if (!isUuid(versionId)) return null;
  const [row] = await db.select().from(cadenceVersions).where(eq(cadenceVersions.id, versionId));
  return row ?? null;
}

export async function getLatestVersion(db: KairosDb, cadenceId: string): Promise<VersionRow | null> {
  if (!isUuid(cadenceId)) return null;
  const [row] = await db
    .select()
    .from(cadenceVersions)
    .where(eq(cadenceVersions.cadenceId, cadenceId))
    .orderBy(desc(cadenceVersions.version))
    .limit(1);
  return row ?? null;
}

/** Id of the newest version of a cadence, without loading its graph and IR (the hot path of enrollment). */
export async function getLatestVersionId(db: KairosDb, cadenceId: string): Promise<string | null> {
  if (!isUuid(cadenceId)) return null;
  const [row] = await db
    .select({ id: cadenceVersions.id })
    .from(cadenceVersions)
    .where(eq(cadenceVersions.cadenceId, cadenceId))
    .orderBy(desc(cadenceVersions.version))
    .limit(1);
  return row?.id ?? null;
}
