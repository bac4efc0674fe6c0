import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

it('has a committed migration for every change in the schema', () => {
  // Generate against a copy of drizzle/: a forgotten `db:generate` shows up as a new file there.
  const copy = mkdtempSync(join(tmpdir(), 'kairos-migrations-'));
  cpSync(join(packageDir, 'drizzle'), copy, { recursive: true });
  const before = readdirSync(copy, { recursive: true }).sort();
  // drizzle-kit prefixes `out` with "./", so it must be relative to the package.
  const out = relative(packageDir, copy);
  const log = execFileSync(
    join(packageDir, 'node_modules', '.bin', 'drizzle-kit'),
    ['generate', '--dialect', 'postgresql', '--schema', './src/schema/index.ts', '--out', out],
    { cwd: packageDir, encoding: 'utf8', stdio: 'pipe' },
  );
  expect(readdirSync(copy, { recursive: true }).sort(), log).toEqual(before);
}, 120_000);
