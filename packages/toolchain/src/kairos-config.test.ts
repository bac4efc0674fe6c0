import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configuredNodePackageNames, KairosConfigError, readKairosConfig } from './kairos-config.mjs';

describe('kairos.config.json', () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));
  const rootWith = (text?: string) => {
    const root = mkdtempSync(join(tmpdir(), 'kairos-config-'));
    roots.push(root);
    if (text !== undefined) writeFileSync(join(root, 'kairos.config.json'), text);
    return root;
  };

  it('reads every field, and an absent file as an empty configuration', () => {
    const config = { nodePackages: ['@acme/nodes', 'plain'], complianceProfiles: ['profiles/acme.json'], defaultComplianceProfile: 'acme' };
    expect(readKairosConfig(rootWith(JSON.stringify(config)))).toEqual(config);
    expect(readKairosConfig(rootWith())).toEqual({});
  });

  it('refuses a field it does not know, and a wrong value, naming each', () => {
    const read = (text: string) => () => readKairosConfig(rootWith(text));
    expect(read('{"nodePackage": ["a"]}')).toThrow(/^kairos\.config\.json: nodePackage: unknown field: use one of \$schema, nodePackages/);
    expect(read('{"nodePackages": ["ok", "Not A Name"], "defaultComplianceProfile": ""}')).toThrow(
      'kairos.config.json: nodePackages.1: must be an npm package name; defaultComplianceProfile: must be the id of a compliance profile',
    );
    expect(read('{"complianceProfiles": "profiles/a.json"}')).toThrow('kairos.config.json: complianceProfiles: must be a list');
    expect(read('{ nope')).toThrow(KairosConfigError);
    expect(read('[]')).toThrow('kairos.config.json must hold an object');
  });

  it('takes the node packages from KAIROS_NODE_PACKAGES when it is set, even empty', () => {
    const root = rootWith('{"nodePackages": ["from-file"]}');
    expect(configuredNodePackageNames(root, {})).toEqual(['from-file']);
    expect(configuredNodePackageNames(root, { KAIROS_NODE_PACKAGES: ' a , @b/c ' })).toEqual(['a', '@b/c']);
    expect(configuredNodePackageNames(root, { KAIROS_NODE_PACKAGES: '' })).toEqual([]);
  });
});
