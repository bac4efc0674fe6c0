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

  it('finds no web app in a checkout without apps/web', () => {
    expect(locateWebApp(mkdtempSync(join(tmpdir(), 'kairos-noweb-')))).toBeUndefined();
  });
});
