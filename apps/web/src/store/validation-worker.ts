// A web worker that runs the cadence validator, so big graphs never block the canvas while they are checked.
import { validate } from '@kairos/cadence';
import { editorRegistry } from '../registry';

self.onmessage = (e: MessageEvent<{ id: number; graph: unknown }>) => {
  self.postMessage({ id: e.data.id, issues: validate(e.data.graph, editorRegistry) });
};
