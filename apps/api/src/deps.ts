import type { CadenceIR, NodeRegistry } from '@kairos/cadence';
import type { KairosDb } from '@kairos/db';
import type { PublishGate } from './publish-gate';
import type { CadenceRuntime } from './runtime';

export interface ApiDeps {
  db: KairosDb;
  registry: NodeRegistry;
  runtime: CadenceRuntime;
  publishGate?: PublishGate;
}

/** Dependencies as routes see them: defaults filled in, plus caches of immutable data. */
export interface RouteDeps extends Required<ApiDeps> {
  /** Published IRs by version id: versions never change, so they are safe to keep. */
  irCache: Map<string, CadenceIR>;
}
