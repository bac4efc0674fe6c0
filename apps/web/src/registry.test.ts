import { describe, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { configuredNodePackageNames } from '@kairos/toolchain/config';
import { kairosNodePackages, NODE_PACKAGES_STAMP, REPO_ROOT } from '../node-packages-plugin';
import { editorRegistry } from './registry';

describe('the editor registry', () => {
  it('offers the built-in kinds and those of every configured package', () => {
    for (const k of builtInRegistry.list()) expect(editorRegistry.get(k.kind)).toBe(k);
    if (configuredNodePackageNames(REPO_ROOT, {}).includes('@kairos-example/agency-placement')) {
      expect(editorRegistry.get('acme/agency-placement')?.title).toBe('Place with Acme agency');
    }
  });

  it('writes beside the build which node packages it bundles, for `kairos start` to compare', () => {
    const emitted: Array<{ fileName: string; source: string }> = [];
    const plugin = kairosNodePackages(REPO_ROOT);
    (plugin.generateBundle as unknown as (this: { emitFile(f: { fileName: string; source: string }): void }) => void).call({ emitFile: (f) => emitted.push(f) });
    expect(emitted).toEqual([{ type: 'asset', fileName: NODE_PACKAGES_STAMP, source: JSON.stringify({ nodePackages: configuredNodePackageNames(REPO_ROOT) }) }]);
  });
});
