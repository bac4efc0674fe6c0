import type { CadenceIR } from '@kairos/cadence';

/**
 * The seam where compliance approval gates publishing: asked before a version is stored.
 * The default allows everything; the approval workflow (draft → submitted → approved) replaces it.
 */
export type PublishGate = (ctx: { cadenceId: string; hash: string; ir: CadenceIR; actor: string }) => Promise<
  { allowed: true } | { allowed: false; reason: string }
>;

export const allowAllPublishGate: PublishGate = async () => ({ allowed: true });
