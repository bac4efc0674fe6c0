import type { NodeKind } from './define-node';
import { nodeKindContractProblems } from './node-contract';

/** A package of node kinds the product loads from configuration (kairos.config.json or KAIROS_NODE_PACKAGES). */
export interface NodePackage {
  /** The npm package name, e.g. `@acme/kairos-agency-placement`. */
  name: string;
  version: string;
  nodes: readonly NodeKind[];
}

export class NodePackageError extends Error {
  constructor(
    readonly packageName: string,
    readonly problems: string[],
  ) {
    super(`node package ${packageName} cannot be loaded:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Declare a node package. Its kinds must be scoped (`scope/name`, so they can never collide with a
 * built-in kind) and keep the plug-in contract; a package that does not is refused as a whole, at load.
 */
export function defineNodePackage(p: NodePackage): NodePackage {
  const problems: string[] = [];
  if (p.nodes.length === 0) problems.push('declares no node kinds');
  const seen = new Set<string>();
  for (const kind of p.nodes) {
    if (!kind.kind.includes('/')) problems.push(`kind "${kind.kind}" must be scoped, e.g. "acme/${kind.kind}"`);
    if (seen.has(kind.kind)) problems.push(`kind "${kind.kind}" is declared twice`);
    seen.add(kind.kind);
    for (const problem of nodeKindContractProblems(kind)) problems.push(`${kind.kind}: ${problem}`);
  }
  if (problems.length) throw new NodePackageError(p.name, problems);
  return p;
}

/** What a worker gives a node package's activities. */
export interface NodeActivityContext {
  /** The account as stored now (the worker reads it fresh for every attempt). */
  account(accountId: string): Promise<{ id: string; name: string; balanceCents: number; currency: string; dueDate: string; timezone: string } | null>;
  now(): Date;
  /** A secret by name from the worker's environment (never from the cadence graph, never logged). */
  secret(name: string): string | undefined;
  /** Which attempt of this activity this is (Temporal retries a failure with the same idempotency key). */
  attempt(): number;
}

export type NodeActivity = (input: import('./interpreter/state').ActivityInput) => Promise<import('./interpreter/state').ActivityResult>;

/** The worker half of a node package: the activities its kinds compile to, by name. */
export interface WorkerNodePackage {
  name: string;
  activities(ctx: NodeActivityContext): Record<string, NodeActivity>;
}
