import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateWebApp, newestSourceTime, webBuildIsStale } from './web-build';

function tree() {
  const root = mkdtempSync(join(tmpdir(), 'kairos-webbuild-'));
  const src = join(root, 'src');
  const dist = join(root, 'dist');
  mkdirSync(src);
  mkdirSync(dist);
  mkdirSync(join(root, 'node_modules'));
  writeFileSync(join(src, 'main.tsx'), 'x');
  writeFileSync(join(dist, 'index.html'), '<html>');
  writeFileSync(join(root, 'node_modules', 'dep.js'), 'x');
  const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);
  return { root, src, dist, at };
}

describe('web build freshness', () => {
  it('is stale when there is no build yet', () => {
    const { root, src } = tree();
    expect(webBuildIsStale(join(root, 'nowhere'), [src])).toBe(true);
  });

  it('is fresh when the build is newer than every source, and stale once a source changes', () => {
    const { src, dist, at } = tree();
    at(join(src, 'main.tsx'), 1_000);
    at(join(dist, 'index.html'), 2_000);
    expect(webBuildIsStale(dist, [src])).toBe(false);
    at(join(src, 'main.tsx'), 3_000);
    expect(webBuildIsStale(dist, [src])).toBe(true);
  });

  it('ignores dependencies and build output when finding the newest source', () => {
    const { root, src, at } = tree();
    at(join(src, 'main.tsx'), 1_000);
    at(join(root, 'node_modules', 'dep.js'), 9_000);
    at(join(root, 'dist', 'index.html'), 8_000);
    expect(newestSourceTime([root])).toBe(1_000_000);
  });

  it('is stale when the configured node packages differ from those the build bundles', () => {
    const { src, dist, at } = tree();
    at(join(src, 'main.tsx'), 1_000);
    at(join(dist, 'index.html'), 2_000);
    expect(webBuildIsStale(dist, [src], [])).toBe(true); // built before builds said what they bundle
    writeFileSync(join(dist, 'kairos-node-packages.json'), JSON.stringify({ nodePackages: ['@acme/nodes'] }));
    expect(webBuildIsStale(dist, [src], ['@acme/nodes'])).toBe(false);
    expect(webBuildIsStale(dist, [src], [])).toBe(true);
    expect(webBuildIsStale(dist, [src], ['@acme/nodes', '@acme/more'])).toBe(true);
  });

  it("counts a configured node package's own sources as the editor's", () => {
    const { root } = tree();
    mkdirSync(join(root, 'apps/web'), { recursive: true });
    writeFileSync(join(root, 'apps/web/package.json'), '{}');
    writeFileSync(join(root, 'package.json'), '{}');
    const pkg = join(root, 'node_modules/@acme/nodes');
    mkdirSync(join(pkg, 'src'), { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@acme/nodes', exports: { './nodes': './src/nodes.js' } }));
    writeFileSync(join(pkg, 'src/nodes.js'), 'export const nodePackage = { nodes: [] };');
    expect(locateWebApp(root, ['@acme/nodes'])!.sources).toContain(pkg);
    expect(locateWebApp(root, ['@acme/missing'])!.sources).not.toContain(expect.stringContaining('missing'));
  });

  it('finds no web app in a checkout without apps/web', () => {
    expect(locateWebApp(mkdtempSync(join(tmpdir(), 'kairos-noweb-')))).toBeUndefined();
  });
});
