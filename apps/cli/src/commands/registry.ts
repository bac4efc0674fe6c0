import type { NodeRegistry } from '@kairos/cadence';
import { configuredRegistry } from '@kairos/node-packages';

/** The node kinds the CLI works with: the built-in ones and those of the configured node packages. */
export async function cliRegistry(): Promise<NodeRegistry> {
  try {
    return await configuredRegistry();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(2);
  }
}
