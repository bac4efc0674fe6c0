import { chmodSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareDataFolder } from './data-folder';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('the data folder', () => {
  it('is created readable by its owner only, whatever the umask', () => {
    const previous = process.umask(0o022);
    try {
      const dir = join(mkdtempSync(join(tmpdir(), 'kairos-data-')), 'nested', '.kairos');
      expect(prepareDataFolder(dir)).toEqual({});
      expect(modeOf(dir)).toBe(0o700);
    } finally {
      process.umask(previous);
    }
  });

  it('is tightened when an earlier version left it open to other users, and says from what', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kairos-data-'));
    mkdirSync(join(dir, 'pgdata'));
    chmodSync(dir, 0o755);
    expect(prepareDataFolder(dir)).toEqual({ tightenedFrom: 0o755 });
    expect(modeOf(dir)).toBe(0o700);
    expect(prepareDataFolder(dir)).toEqual({});
  });
});
