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
    if (kind.waitsForReceipt) problems.push(`kind "${kind.kind}" waits for a receipt, which only built-in kinds can (the workflow's list of them is fixed so histories replay)`);
    seen.add(kind.kind);
    for (const problem of nodeKindContractProblems(kind)) problems.push(`${kind.kind}: ${problem}`);
  }
  if (problems.length) throw new NodePackageError(p.name, problems);
  return p;
}

/** A request a node package's activity sends through `ctx.fetch`. */
export interface NodeFetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The whole exchange, redirects included (default 10 s). */
  timeoutMs?: number;
}

/**
 * What `ctx.fetch` answers: the response (read in full, at most 1 MiB), or why Kairos's outbound
 * policy refused the call (`message` says what to do; `afterSending` when the first host had it).
 */
export type NodeFetchAnswer = { ok: true; response: Response } | { ok: false; refusal: { code: string; message: string; afterSending?: boolean } };

/** What a worker gives a node package's activities. */
export interface NodeActivityContext {
  /** The account as stored now (the worker reads it fresh for every attempt). */
  account(accountId: string): Promise<{ id: string; name: string; balanceCents: number; currency: string; dueDate: string; timezone: string } | null>;
  now(): Date;
  /** A secret by name from the worker's environment (never from the cadence graph, never logged). */
  secret(name: string): string | undefined;
  /** Which attempt of this activity this is (Temporal retries a failure with the same idempotency key). */
  attempt(): number;
  /**
   * Call another system under the outbound policy of the account's portfolio: https only, a host the
   * portfolio allows, never a private, loopback, link-local or metadata address (after DNS and on
   * redirects), bounded in time and size. A refusal is a value; network trouble and timeouts throw
   * (let them, and Temporal retries the activity). Use this, never `fetch`.
   */
  fetch(accountId: string, url: string, init?: NodeFetchInit): Promise<NodeFetchAnswer>;
}

export type NodeActivity = (input: import('./interpreter/state').ActivityInput) => Promise<import('./interpreter/state').ActivityResult>;

/** The worker half of a node package: the activities its kinds compile to, by name. */
export interface WorkerNodePackage {
  name: string;
  activities(ctx: NodeActivityContext): Record<string, NodeActivity>;
}
