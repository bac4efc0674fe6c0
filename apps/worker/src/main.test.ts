// The standalone worker's start: a test-only fault in the environment of a real deployment stops it
// before it connects to anything.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

it('refuses to start with KAIROS_FAULT unless NODE_ENV=test, saying what to unset', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', main], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', KAIROS_FAULT: 'exit-after-provider-call', DATABASE_URL: 'postgres://kairos@127.0.0.1:1/none' },
    timeout: 60_000,
  });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/KAIROS_FAULT=exit-after-provider-call .*only for Kairos's kill tests .*unset KAIROS_FAULT/);
});
