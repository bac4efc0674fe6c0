import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

const SKIP = new Set(['node_modules', '.git', '.kairos', '.tools', 'dist']);

/** Every .json file under the given files and folders, sorted, so output is stable for CI logs. */
export async function findCadenceFiles(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.json')) files.push(path);
    }
  };
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) missing.push(p);
    else if (s.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files: [...new Set(files)].sort(), missing };
}

export async function readJsonFile(file: string): Promise<{ ok: true; json: unknown } | { ok: false; message: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return { ok: false, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (err) {
    return { ok: false, message: `not JSON: ${(err as Error).message}` };
  }
}

export const shown = (file: string) => relative(process.cwd(), file) || file;
