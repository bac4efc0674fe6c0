// Custom compliance profiles written through the API (PUT /compliance/profiles/{id}), stored with an
// audit row in one transaction, and the catalog every API instance and worker decides with: the
// profiles it was started with plus the stored ones, reloaded at most every few seconds.
import { asc, eq, sql } from 'drizzle-orm';
import { parseProfileFile, type ComplianceProfile, type ProfileFile } from '@kairos/compliance';
import { log } from '@kairos/logging';
import { appendAudit, type Actor } from '../audit/audit';
import type { KairosDb } from '../database/connection';
import { storedComplianceProfiles } from '../schema';

export type StoredProfileRow = typeof storedComplianceProfiles.$inferSelect;

export function listStoredComplianceProfiles(db: KairosDb): Promise<StoredProfileRow[]> {
  return db.select().from(storedComplianceProfiles).orderBy(asc(storedComplianceProfiles.id));
}

/** Store a validated profile file (create or replace) with its audit row, in one transaction. */
export async function putComplianceProfile(db: KairosDb, p: { file: ProfileFile; actor: Actor }): Promise<{ row: StoredProfileRow; created: boolean }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(storedComplianceProfiles).where(eq(storedComplianceProfiles.id, p.file.id)).for('update');
    const definition = p.file as unknown as Record<string, unknown>;
    const [row] = existing
      ? await tx.update(storedComplianceProfiles).set({ definition, updatedBy: p.actor.id, updatedAt: sql`now()` }).where(eq(storedComplianceProfiles.id, p.file.id)).returning()
      : await tx.insert(storedComplianceProfiles).values({ id: p.file.id, definition, updatedBy: p.actor.id }).returning();
    await appendAudit(tx, {
      actor: p.actor,
      action: 'compliance_profile_change',
      detail: { profileId: p.file.id, created: !existing, ...(p.file.extends ? { extends: p.file.extends } : {}), definition, previous: existing?.definition ?? null },
    });
    return { row: row!, created: !existing };
  });
}

/**
 * The profiles decisions may name: `base` (built-in and configured files, which the API refuses to
 * overwrite) and the stored ones. `refresh()` reloads the stored ones when older than `ttlMs`, so a
 * profile saved through one API instance reaches every worker within seconds. A stored profile that
 * no longer compiles (its base changed) is left out and reported once: decisions naming it block.
 */
export class ComplianceProfileCatalog implements ReadonlyMap<string, ComplianceProfile> {
  private current: Map<string, ComplianceProfile>;
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly db: KairosDb,
    readonly base: ReadonlyMap<string, ComplianceProfile>,
    private readonly ttlMs = 2_000,
    private readonly clock: () => number = Date.now,
  ) {
    this.current = new Map(base);
  }

  /** Reload the stored profiles if the last load is older than the TTL (or `force`). */
  async refresh(force = false): Promise<void> {
    if (!force && this.clock() - this.loadedAt < this.ttlMs) return;
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    await this.loading;
  }

  private async load(): Promise<void> {
    const rows = await listStoredComplianceProfiles(this.db);
    const next = new Map(this.base);
    for (const row of rows) {
      if (this.base.has(row.id)) continue;
      const result = parseProfileFile(row.definition, this.base);
      if (result.ok) next.set(row.id, result.profile);
      else log().error({ profileId: row.id, issues: result.issues.map((i) => `${i.field}: ${i.message}`) }, 'a stored compliance profile no longer compiles: contact decisions naming it block until it is saved again');
    }
    this.current = next;
    this.loadedAt = this.clock();
  }

  get size() {
    return this.current.size;
  }
  get(id: string) {
    return this.current.get(id);
  }
  has(id: string) {
    return this.current.has(id);
  }
  keys() {
    return this.current.keys();
  }
  values() {
    return this.current.values();
  }
  entries() {
    return this.current.entries();
  }
  forEach(fn: (value: ComplianceProfile, key: string, map: ReadonlyMap<string, ComplianceProfile>) => void) {
    this.current.forEach((v, k) => fn(v, k, this));
  }
  [Symbol.iterator]() {
    return this.current[Symbol.iterator]();
  }
}
