import type { CadenceGraph } from '../graph';

/** A ready-made cadence offered in the editor's "new cadence" dialog. */
export interface StarterCadence {
  id: string;
  name: string;
  description: string;
  graph: CadenceGraph;
}
