// The editor's node kinds must be the server's: the built-in ones plus the node packages configured in
// kairos.config.json (or KAIROS_NODE_PACKAGES). Browsers cannot read that configuration, so the build
// turns it into a module that imports each package's `/nodes` entry: `virtual:kairos-node-packages`.
// (Vite loads this file with plain Node: the configuration comes from @kairos/toolchain/config, plain
// JavaScript, the one reader of kairos.config.json.)
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { configuredNodePackageNames } from '@kairos/toolchain/config';

const ID = 'virtual:kairos-node-packages';
/** Written beside index.html: which node packages this build bundles, so `kairos start` knows when they change. */
export const NODE_PACKAGES_STAMP = 'kairos-node-packages.json';
const RESOLVED = `\0${ID}`;
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export function kairosNodePackages(root = REPO_ROOT): Plugin {
  return {
    name: 'kairos-node-packages',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: NODE_PACKAGES_STAMP, source: JSON.stringify({ nodePackages: configuredNodePackageNames(root) }) });
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      // Packages are dependencies of the repository root, as the server resolves them.
      const resolveFromRoot = createRequire(join(root, 'package.json')).resolve;
      const files = configuredNodePackageNames(root).map((name) => {
        try {
          return resolveFromRoot(`${name}/nodes`);
        } catch {
          throw new Error(`node package ${name} is configured but cannot be found: add it to the root package.json and run pnpm install`);
        }
      });
      return [
        ...files.map((file, i) => `import { nodePackage as p${i} } from ${JSON.stringify(file)};`),
        `export const nodePackages = [${files.map((_, i) => `p${i}`).join(', ')}];`,
      ].join('\n');
    },
  };
}
