import { builtInRegistry, type NodeRegistry } from '@kairos/cadence';

/** The node kinds the CLI validates against: the built-in ones (node packages join them when configured). */
export async function cliRegistry(): Promise<NodeRegistry> {
  return builtInRegistry;
}
