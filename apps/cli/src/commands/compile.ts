import { readFile } from 'node:fs/promises';
import { compile, issueToJson } from '@kairos/cadence';
import { cliRegistry } from './registry';

/** Errors go to stderr as one JSON object per line so scripts and CI can read them. */
function fail(errors: Array<Record<string, string>>): never {
  for (const e of errors) process.stderr.write(`${JSON.stringify(e)}\n`);
  process.exit(1);
}

export async function compileCommand(file: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    fail([{ message: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` }]);
  }
  let graph: unknown;
  try {
    graph = JSON.parse(text);
  } catch (err) {
    fail([{ message: `${file} is not JSON: ${(err as Error).message}` }]);
  }
  const result = compile(graph, await cliRegistry());
  if (!result.ok) fail(result.issues.filter((i) => i.severity === 'error').map(issueToJson));
  for (const w of result.warnings) process.stderr.write(`${JSON.stringify(issueToJson(w))}\n`);
  process.stdout.write(`${JSON.stringify(result.ir, null, 2)}\n`);
}
