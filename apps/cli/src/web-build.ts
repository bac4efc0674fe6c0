// `kairos start` serves apps/web's production build. It rebuilds it when any source is newer than the
// build, so a fresh clone and a `git pull` both just work, and an unchanged tree starts without waiting.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const SKIPPED = new Set(['node_modules', 'dist', '.turbo', 'coverage']);

/** Newest modification time (ms) of any file under the given folders, skipping build output and dependencies. */
export function newestSourceTime(folders: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    if (statSync(folder).isDirectory()) walk(folder);
    else newest = Math.max(newest, statSync(folder).mtimeMs);
  }
  return newest;
}

/** Same file name as apps/web/node-packages-plugin.ts writes (the plugin runs under Vite, not here). */
const NODE_PACKAGES_STAMP = 'kairos-node-packages.json';

function bundledNodePackages(distDir: string): string[] | undefined {
  try {
    const stamp = JSON.parse(readFileSync(join(distDir, NODE_PACKAGES_STAMP), 'utf8')) as { nodePackages?: unknown };
    return Array.isArray(stamp.nodePackages) ? stamp.nodePackages.map(String) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the build in `distDir` is missing, older than its sources, or bundles other node packages
 * than the ones configured now (KAIROS_NODE_PACKAGES or kairos.config.json changed): an editor whose
 * kinds differ from the server's would draw steps the server refuses.
 */
export function webBuildIsStale(distDir: string, sourceFolders: string[], nodePackages?: readonly string[]): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return true;
  if (nodePackages) {
    const bundled = bundledNodePackages(distDir);
    if (!bundled || bundled.join(',') !== nodePackages.join(',')) return true;
  }
  return newestSourceTime(sourceFolders) > statSync(index).mtimeMs;
}

/** The folder of an installed node package (its sources count as the editor's), or undefined if it is not installed. */
function packageFolder(root: string, name: string): string | undefined {
  try {
    let dir = dirname(realpathSync(createRequire(join(root, 'package.json')).resolve(`${name}/nodes`)));
    while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
    return dir;
  } catch {
    return undefined; // the build itself will say the package is missing
  }
}

/** Where the web app's sources and build live, or undefined when this checkout has no web app. */
export function locateWebApp(root: string, nodePackages: readonly string[] = []): { dir: string; dist: string; sources: string[] } | undefined {
  const dir = join(root, 'apps/web');
  if (!existsSync(join(dir, 'package.json'))) return undefined;
  // The editor imports the cadence core, the compliance lint, the analytics constants and the configured node
  // packages, so their sources count as the app's; kairos.config.json names those packages.
  const sources = [
    dir,
    join(root, 'packages/cadence/src'),
    join(root, 'packages/compliance/src'),
    join(root, 'packages/review/src'),
    join(root, 'packages/analytics/src'),
    join(root, 'kairos.config.json'),
    ...nodePackages.map((name) => packageFolder(root, name)).filter((d): d is string => d !== undefined),
  ];
  return { dir, dist: join(dir, 'dist'), sources };
}

/** Run the web app's production build; rejects with the build's own output when it fails. */
export function buildWebApp(dir: string, onProgress: (seconds: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    // Always a production build: a NODE_ENV inherited from a test runner would bundle React's development build.
    const child = spawn('pnpm', ['--dir', dir, 'run', 'build'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const ticker = setInterval(() => onProgress(Math.round((Date.now() - started) / 1000)), 5_000);
    child.on('error', (err) => {
      clearInterval(ticker);
      reject(err);
    });
    child.on('exit', (code) => {
      clearInterval(ticker);
      if (code === 0) resolve();
      else reject(new Error(`the web app build failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}
