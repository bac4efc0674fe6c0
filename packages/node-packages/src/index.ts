// Loading node packages from configuration: `nodePackages` in kairos.config.json at the repository
// root (or KAIROS_NODE_PACKAGES, comma-separated, which wins). Each package is resolved from the root
// package.json, so adding one is a dependency and a line of configuration, not a change to Kairos.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtInRegistry, type NodePackage, type NodeRegistry, type WorkerNodePackage } from '@kairos/cadence';
import { repoRoot } from '@kairos/toolchain';
import { configuredNodePackageNames as namesIn } from '@kairos/toolchain/config';

export { CONFIG_FILE } from '@kairos/toolchain/config';

/** The configured node package names: KAIROS_NODE_PACKAGES if set (empty: none), else kairos.config.json's. */
export const configuredNodePackageNames = (root = repoRoot(), env: NodeJS.ProcessEnv = process.env): string[] => namesIn(root, env);

export class NodePackageConfigError extends Error {}

async function importFromRoot(root: string, specifier: string, packageName: string): Promise<Record<string, unknown>> {
  let resolved: string;
  try {
    resolved = createRequire(join(root, 'package.json')).resolve(specifier);
  } catch {
    throw new NodePackageConfigError(
      `node package ${packageName} is configured but cannot be found: add it to the root package.json (\`pnpm add -w ${packageName}\`) and run pnpm install`,
    );
  }
  return (await import(pathToFileURL(resolved).href)) as Record<string, unknown>;
}

/** The node kinds of each package (`<package>/nodes`, export `nodePackage`). */
export async function loadNodePackages(names: readonly string[], root = repoRoot()): Promise<NodePackage[]> {
  const out: NodePackage[] = [];
  for (const name of names) {
    const mod = await importFromRoot(root, `${name}/nodes`, name);
    const p = mod.nodePackage as NodePackage | undefined;
    if (!p || !Array.isArray(p.nodes)) throw new NodePackageConfigError(`${name}/nodes does not export a nodePackage (made with defineNodePackage)`);
    out.push(p);
  }
  return out;
}

/** The activities of each package (`<package>/worker`, export `workerPackage`), for workers. */
export async function loadWorkerNodePackages(names: readonly string[], root = repoRoot()): Promise<WorkerNodePackage[]> {
  const out: WorkerNodePackage[] = [];
  for (const name of names) {
    const mod = await importFromRoot(root, `${name}/worker`, name);
    const p = mod.workerPackage as WorkerNodePackage | undefined;
    if (!p || typeof p.activities !== 'function') throw new NodePackageConfigError(`${name}/worker does not export a workerPackage with activities(ctx)`);
    out.push(p);
  }
  return out;
}

/** The built-in kinds plus those of the configured packages: what the API, the CLI and the worker use. */
export async function configuredRegistry(names = configuredNodePackageNames(), root = repoRoot()): Promise<NodeRegistry> {
  const packages = await loadNodePackages(names, root);
  return builtInRegistry.with(...packages.flatMap((p) => p.nodes));
}
