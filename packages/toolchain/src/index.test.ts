import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findPostgresBinDir, findSchemathesis, findTemporalCli, findTemporalTestServer, repoRoot } from './index';

describe('toolchain', () => {
  const saved = { cli: process.env.TEMPORAL_CLI_PATH, testServer: process.env.TEMPORAL_TEST_SERVER_PATH, fuzzer: process.env.KAIROS_SCHEMATHESIS_PATH };
  afterEach(() => {
    for (const [name, value] of [
      ['TEMPORAL_CLI_PATH', saved.cli],
      ['TEMPORAL_TEST_SERVER_PATH', saved.testServer],
      ['KAIROS_SCHEMATHESIS_PATH', saved.fuzzer],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('finds the repository root by its workspace file', () => {
    expect(existsSync(join(repoRoot(), 'pnpm-workspace.yaml'))).toBe(true);
  });

  it('finds the API fuzzer where KAIROS_SCHEMATHESIS_PATH says, and says how to install it when it is nowhere', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toolchain-'));
    const fake = join(dir, 'schemathesis');
    writeFileSync(fake, '');
    process.env.KAIROS_SCHEMATHESIS_PATH = fake;
    expect(findSchemathesis()).toBe(fake);
    process.env.KAIROS_SCHEMATHESIS_PATH = join(dir, 'missing');
    expect(() => findSchemathesis()).toThrow(/KAIROS_SCHEMATHESIS_PATH=.* does not exist/);
  });

  it('prefers TEMPORAL_CLI_PATH and rejects one that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toolchain-'));
    const fake = join(dir, 'temporal');
    writeFileSync(fake, '');
    process.env.TEMPORAL_CLI_PATH = fake;
    expect(findTemporalCli()).toBe(fake);
    process.env.TEMPORAL_CLI_PATH = join(dir, 'missing');
    expect(() => findTemporalCli()).toThrow(/does not exist/);
  });

  it('finds the time-skipping server that pnpm install put under .tools', () => {
    delete process.env.TEMPORAL_TEST_SERVER_PATH;
    expect(findTemporalTestServer()).toBe(join(repoRoot(), '.tools', 'temporal', 'bin', 'temporal-test-server'));
  });

  it('picks the newest PostgreSQL version that has initdb and pg_ctl', () => {
    const base = mkdtempSync(join(tmpdir(), 'pg-'));
    for (const v of ['13', '15', '16']) {
      mkdirSync(join(base, v, 'bin'), { recursive: true });
      writeFileSync(join(base, v, 'bin', 'initdb'), '');
      if (v !== '16') writeFileSync(join(base, v, 'bin', 'pg_ctl'), '');
    }
    expect(findPostgresBinDir(base)).toBe(join(base, '15', 'bin'));
    expect(findPostgresBinDir(join(base, 'nowhere'))).toBeUndefined();
  });
});
