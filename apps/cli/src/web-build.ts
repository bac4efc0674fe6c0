// `kairos start` serves apps/web's production build. It rebuilds it when any source is newer than the
// build, so a fresh clone and a `git pull` both just work, and an unchanged tree starts without waiting.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

/** Whether the build in `distDir` is missing or older than its sources. */
export function webBuildIsStale(distDir: string, sourceFolders: string[]): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return true;
  return newestSourceTime(sourceFolders) > statSync(index).mtimeMs;
}

/** Where the web app's sources and build live, or undefined when this checkout has no web app. */
export function locateWebApp(root: string): { dir: string; dist: string; sources: string[] } | undefined {
  const dir = join(root, 'apps/web');
  if (!existsSync(join(dir, 'package.json'))) return undefined;
  // The editor imports the cadence core and the compliance lint, so their sources count as the app's.
  // kairos.config.json names the node packages the editor bundles.
  const sources = [dir, join(root, 'packages/cadence/src'), join(root, 'packages/compliance/src'), join(root, 'packages/review/src'), join(root, 'kairos.config.json')];
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
