// `kairos compliance check-profile <file...>`: validate custom compliance profile files before
// listing them in kairos.config.json (or PUTting them to the API). Exit 0 when every file compiles,
// 1 when any has an issue (one line per field).
import { readFile } from 'node:fs/promises';
import { complianceProfiles, parseProfileFile } from '@kairos/compliance';

export async function checkProfileCommand(files: string[], opts: { json?: boolean }): Promise<void> {
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      failed = true;
      process.stderr.write(`${file}: cannot be read: ${(err as Error).message}\n`);
      continue;
    }
    const result = parseProfileFile(text, complianceProfiles);
    if (opts.json) {
      const line = result.ok ? { file, ok: true, id: result.profile.id, ruleIds: result.profile.ruleIds } : { file, ok: false, issues: result.issues };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    } else if (result.ok) {
      const p = result.profile;
      const caps = p.caps.map((c) => `${c.channels.join('+')} ${c.max}/${c.windowDays}d`).join(', ') || 'none';
      process.stdout.write(`✓ ${file}: profile "${p.id}"${result.file.extends ? ` based on ${result.file.extends}` : ''}; caps: ${caps}; ${p.ruleIds.length} rules\n`);
    } else {
      process.stdout.write(`✗ ${file}\n${result.issues.map((i) => `    ${i.field || '(file)'}: ${i.message}`).join('\n')}\n`);
    }
    if (!result.ok) failed = true;
  }
  if (failed) process.exit(1);
}
