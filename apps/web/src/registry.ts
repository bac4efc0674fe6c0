// The node kinds the editor offers. It is the same registry the API and the worker use: a custom node
// package is added here with `builtInRegistry.with(myNode)` exactly as it is added on the server.
import { builtInRegistry, type NodeRegistry } from '@kairos/cadence';

export const editorRegistry: NodeRegistry = builtInRegistry;
