// `kairos validate <paths...>`: check cadence files kept in git, as CI would. Exit 0 when every file is
// valid, 1 when any has an error (warnings do not fail unless --strict), 2 when there is nothing to check.
import { issueToJson, readCadenceFile, validate, type CadenceIssue } from '@kairos/cadence';
import { findCadenceFiles, readJsonFile, shown } from './cadence-files';
import { cliRegistry } from './registry';

interface ValidateOptions {
  json?: boolean;
  strict?: boolean;
}

const place = (i: CadenceIssue) =>
  [i.nodeId && `node "${i.nodeId}"`, i.edgeId && `edge "${i.edgeId}"`, i.field && `field ${i.field}`].filter(Boolean).join(', ');

export async function validateCommand(paths: string[], opts: ValidateOptions): Promise<void> {
  const { files, missing } = await findCadenceFiles(paths.length ? paths : ['.']);
  for (const m of missing) process.stderr.write(`${m}: no such file or folder\n`);
  if (files.length === 0) {
    process.stderr.write('no cadence files (.json) found: pass files or folders, e.g. `pnpm kairos validate cadences/`\n');
    process.exit(2);
  }
  const registry = await cliRegistry();
  let failed = missing.length > 0;
  for (const file of files) {
    const read = await readJsonFile(file);
    const cadence = read.ok ? readCadenceFile(read.json) : read;
    const issues: CadenceIssue[] = cadence.ok
      ? validate(cadence.graph, registry)
      : [{ severity: 'error', code: 'unreadable-file', message: cadence.message }];
    const errors = issues.filter((i) => i.severity === 'error' || opts.strict);
    if (errors.length) failed = true;
    if (opts.json) {
      for (const i of issues) process.stdout.write(`${JSON.stringify({ file: shown(file), ...issueToJson(i) })}\n`);
      continue;
    }
    if (issues.length === 0) {
      process.stdout.write(`✓ ${shown(file)}\n`);
      continue;
    }
    process.stdout.write(`${errors.length ? '✗' : '!'} ${shown(file)}\n`);
    for (const i of issues) process.stdout.write(`    ${i.severity === 'error' ? 'error  ' : 'warning'} ${place(i) ? `${place(i)}: ` : ''}${i.message} [${i.code}]\n`);
  }
  if (!opts.json) process.stdout.write(`\n${files.length} file${files.length === 1 ? '' : 's'} checked${failed ? ', with errors' : ', all valid'}\n`);
  process.exit(failed ? 1 : 0);
}
