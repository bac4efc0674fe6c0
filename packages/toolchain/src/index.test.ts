import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findPostgresBinDir, findTemporalCli, repoRoot } from './index';

describe('toolchain', () => {
  const saved = process.env.TEMPORAL_CLI_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.TEMPORAL_CLI_PATH;
    else process.env.TEMPORAL_CLI_PATH = saved;
  });

  it('finds the repository root by its workspace file', () => {
    expect(existsSync(join(repoRoot(), 'pnpm-workspace.yaml'))).toBe(true);
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
