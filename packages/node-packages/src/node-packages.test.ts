import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@kairos/toolchain';
import { configuredNodePackageNames, configuredRegistry, loadNodePackages, loadWorkerNodePackages, NodePackageConfigError } from './index';

const folderWith = (config: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'kairos-config-'));
  writeFileSync(join(dir, 'kairos.config.json'), config);
  return dir;
};

describe('configured node packages', () => {
  it('reads nodePackages from kairos.config.json, and KAIROS_NODE_PACKAGES overrides it (empty: none)', () => {
    const dir = folderWith('{ "nodePackages": ["@acme/a", "b-nodes"] }');
    expect(configuredNodePackageNames(dir, {})).toEqual(['@acme/a', 'b-nodes']);
    expect(configuredNodePackageNames(dir, { KAIROS_NODE_PACKAGES: ' @x/y , z ' })).toEqual(['@x/y', 'z']);
    expect(configuredNodePackageNames(dir, { KAIROS_NODE_PACKAGES: '' })).toEqual([]);
    expect(configuredNodePackageNames(mkdtempSync(join(tmpdir(), 'kairos-none-')), {})).toEqual([]);
  });

  it('says what is wrong with the configuration file', () => {
    expect(() => configuredNodePackageNames(folderWith('{ nodePackages'), {})).toThrow(/kairos.config.json is not JSON/);
    expect(() => configuredNodePackageNames(folderWith('{ "nodePackages": ["Not A Name"] }'), {})).toThrow(
      'kairos.config.json: nodePackages.0: must be an npm package name',
    );
  });

  it('loads the example package from the repository root, both halves', async () => {
    const [nodes] = await loadNodePackages(['@kairos-example/agency-placement']);
    expect(nodes!.nodes.map((k) => k.kind)).toEqual(['acme/agency-placement']);
    const [worker] = await loadWorkerNodePackages(['@kairos-example/agency-placement']);
    expect(worker!.name).toBe('@kairos-example/agency-placement');
    const registry = await configuredRegistry(['@kairos-example/agency-placement']);
    expect(registry.get('acme/agency-placement')).toBeDefined();
    expect(registry.get('send-message')).toBeDefined();
  });

  it('tells how to install a configured package that is not there', async () => {
    await expect(loadNodePackages(['@acme/not-installed'], repoRoot())).rejects.toThrow(NodePackageConfigError);
    await expect(loadNodePackages(['@acme/not-installed'], repoRoot())).rejects.toThrow(/pnpm add -w @acme\/not-installed/);
  });
});
