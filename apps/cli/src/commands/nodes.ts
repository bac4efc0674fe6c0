// `kairos nodes`: the installed node kinds (built-in and from node packages), as a table or as JSON
// with each kind's config JSON Schema.
import { describeNodeKind } from '@kairos/cadence';
import { cliRegistry } from './registry';

export async function nodesCommand(opts: { json?: boolean }): Promise<void> {
  const kinds = (await cliRegistry()).list().map(describeNodeKind);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(kinds, null, 2)}\n`);
    return;
  }
  const rows = kinds.map((k) => [k.kind, `v${k.version}`, k.category, k.title, k.outcomes.map((o) => o.id).join(', ') || '—']);
  const head = ['KIND', 'VERSION', 'CATEGORY', 'TITLE', 'OUTCOMES'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  process.stdout.write(`${line(head)}\n${rows.map(line).join('\n')}\n\n${kinds.length} node kinds. \`pnpm kairos nodes --json\` prints their config schemas.\n`);
}
