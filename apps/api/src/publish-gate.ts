import type { CadenceIR } from '@kairos/cadence';

export interface PublishGateContext {
  cadenceId: string;
  /** Content hash of the IR about to be published: what an approval is recorded against. */
  hash: string;
  ir: CadenceIR;
  actor: string;
}

export type PublishDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * The seam where compliance approval gates publishing: asked after the draft compiles and before
 * the version is stored; a refusal is a 403 carrying `reason`.
 * Issue 10 (publish approval by a compliance officer who is not the author) replaces the default.
 */
export type PublishGate = (ctx: PublishGateContext) => Promise<PublishDecision>;

/** The default gate until approvals exist: everything that compiles may be published. */
export const allowAllPublishGate: PublishGate = async () => ({ allowed: true });
