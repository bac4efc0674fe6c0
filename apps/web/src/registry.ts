// The node kinds the editor offers: the built-in ones and those of the node packages configured for
// this installation (kairos.config.json), exactly the registry the API and the worker use.
import { builtInRegistry, type NodeRegistry } from '@kairos/cadence';
import { nodePackages } from 'virtual:kairos-node-packages';

export const editorRegistry: NodeRegistry = builtInRegistry.with(...nodePackages.flatMap((p) => p.nodes));
