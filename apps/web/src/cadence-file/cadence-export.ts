// A cadence as a file to keep in git or move between Kairos installs (`kairos.cadence/1`, what
// `pnpm kairos validate` checks and the cadence list imports).
import { toCadenceFile, type CadenceGraph } from '@kairos/cadence';

/** A file name from the cadence name: lowercase words joined by dashes, `.cadence.json`. */
export function cadenceFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'cadence'}.cadence.json`;
}

/** The file's text: stable key order from the format, two-space indent, a final newline (diffs well in git). */
export const cadenceFileText = (name: string, graph: CadenceGraph, description = '') => `${JSON.stringify(toCadenceFile(name, graph, description), null, 2)}\n`;

/** Hand the file to the browser as a download. */
export function downloadCadenceFile(name: string, graph: CadenceGraph, description = ''): void {
  const url = URL.createObjectURL(new Blob([cadenceFileText(name, graph, description)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = cadenceFileName(name);
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; the URL can go once the browser read it.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
