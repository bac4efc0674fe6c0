// A web worker that runs the cadence validator and the compliance lint, so big graphs never block the canvas while they are checked.
import type { OutboundPolicies } from '../api/types';
import { editorRegistry } from '../registry';
import { checkGraph } from './check-graph';

self.onmessage = (e: MessageEvent<{ id: number; graph: unknown; outbound: OutboundPolicies | null }>) => {
  self.postMessage({ id: e.data.id, issues: checkGraph(e.data.graph, editorRegistry, e.data.outbound) });
};
