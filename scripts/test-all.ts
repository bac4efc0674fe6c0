// `pnpm test`: every check Kairos has, on a fresh machine. Installs what tests need that npm
// cannot (Debian's PostgreSQL server and Chromium, the Temporal binaries), starts one throwaway Postgres for
// the run, then typechecks, lints and runs each package's tests, and ends with one summary line.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const sh = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

/** Debian packages the tests need that npm cannot provide: PostgreSQL's server and Chromium for e2e. */
function ensureDebianPackages(): void {
  const pgBase = '/usr/lib/postgresql';
  const missing = [
    !(existsSync(pgBase) && readdirSync(pgBase).some((v) => existsSync(join(pgBase, v, 'bin', 'initdb')))) && 'postgresql',
    !existsSync(process.env.KAIROS_CHROMIUM_PATH ?? '/usr/bin/chromium') && 'chromium',
  ].filter((p): p is string => Boolean(p));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages ${missing.join(', ')} and this is not root: install them with apt-get and run again.`);
  }
  console.log(`[test] installing Debian packages: ${missing.join(', ')} ...`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

// Packages in dependency order: cheap pure tests first so a core failure is seen early.
const packages = ['packages/toolchain', 'packages/input', 'packages/logging', 'packages/channels', 'packages/cadence', 'packages/account-import', 'packages/compliance', 'packages/outbound', 'packages/review', 'packages/analytics', 'packages/testkit', 'packages/db', 'packages/providers', 'packages/node-packages', 'workflows', 'apps/worker', 'apps/api', 'apps/cli', 'packages/node-agency-placement', 'apps/web', 'e2e'];

/** Workspace packages with tests that the list above leaves out: a new package must not go untested in silence. */
function unlistedPackages(): string[] {
  const dirs = ['apps', 'packages'].flatMap((top) => readdirSync(join(root, top)).map((name) => `${top}/${name}`));
  return dirs.filter((dir) => {
    const manifest = join(root, dir, 'package.json');
    if (!existsSync(manifest)) return false;
    const scripts = (JSON.parse(readFileSync(manifest, 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
    return scripts.test !== undefined && !packages.includes(dir);
  });
}

async function main(): Promise<number> {
  const unlisted = unlistedPackages();
  if (unlisted.length) {
    console.error(`[test] ${unlisted.join(', ')} ha${unlisted.length === 1 ? 's' : 've'} tests but no place in scripts/test-all.ts: add to its package list.`);
    return 1;
  }
  ensureDebianPackages();
  if (sh('node', ['scripts/install-tools.mjs']) !== 0) return 1;

  const { startThrowawayPostgres } = await import('@kairos/testkit');
  const pg = await startThrowawayPostgres();
  // Turborepo reports usage to its vendor unless told not to; tests and CI send nothing out.
  const env = { ...process.env, KAIROS_TEST_POSTGRES_URL: pg.url, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
  const reports = mkdtempSync(join(tmpdir(), 'kairos-test-'));
  const failedSteps: string[] = [];
  try {
    if (sh('pnpm', ['exec', 'turbo', 'run', 'typecheck', 'lint', '--output-logs=errors-only'], env) !== 0) failedSteps.push('typecheck/lint');
    for (const pkg of packages) {
      if (!existsSync(join(root, pkg, 'package.json'))) continue;
      const manifest = JSON.parse(readFileSync(join(root, pkg, 'package.json'), 'utf8'));
      if (!manifest.scripts?.test) continue;
      console.log(`\n[test] ${pkg}`);
      const out = join(reports, `${pkg.replace('/', '-')}.json`);
      const code = sh('pnpm', ['--dir', pkg, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], env);
      if (code !== 0) failedSteps.push(pkg);
    }
  } finally {
    await pg.stop();
  }

  let passed = 0;
  let failed = 0;
  for (const f of readdirSync(reports)) {
    const r = JSON.parse(readFileSync(join(reports, f), 'utf8'));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
  }
  if (failedSteps.length) console.log(`\n[test] failed: ${failedSteps.join(', ')}`);
  if (failedSteps.length && failed === 0) failed = failedSteps.length; // a crashed suite or lint failure still fails the run
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  return failedSteps.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[test] ${(err as Error).message}`);
    process.exit(1);
  },
);
