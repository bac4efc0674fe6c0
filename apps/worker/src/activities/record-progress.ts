import { recordProgress as saveProgress, type KairosDb } from '@kairos/db';
import type { ProgressBatch } from '@kairos/workflows';

/** Persist the interpreter's timeline entries and the enrollment's status (idempotent by entry seq). */
export function createRecordProgress(deps: { db: KairosDb }) {
  return async function recordProgress(batch: ProgressBatch): Promise<void> {
    await saveProgress(deps.db, batch);
  };
}
