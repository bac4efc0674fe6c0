// A whole file read with a mapping: the header first (with what is wrong with the mapping for it),
// then every row as an account or its problems, as the file streams in.
import { csvRecords, type CsvRecord } from './csv-records';
import { mappingProblems, type ImportMapping, type MappingProblem } from './mapping';
import { prepareMapping, readAccountRow, type PreparedMapping, type RowResult } from './row';

export type FileItem = { kind: 'header'; header: string[]; problems: MappingProblem[] } | ({ kind: 'row' } & RowResult);

/**
 * The header, then each row. `mappingFor` receives the header and the first rows (for suggestions)
 * and returns the mapping to use; rows are not read when the mapping does not fit the header.
 */
export async function* readAccountsFile(
  source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  mappingFor: (header: string[], sample: string[][]) => ImportMapping,
): AsyncGenerator<FileItem> {
  let header: string[] | undefined;
  const sample: CsvRecord[] = [];
  let prepared: PreparedMapping | undefined;
  const start = (): FileItem => {
    const mapping = mappingFor(header!, sample.map((r) => r.cells));
    const problems = [...duplicateHeaders(header!), ...mappingProblems(mapping, header!)];
    if (problems.length === 0) prepared = prepareMapping(mapping, header!);
    return { kind: 'header', header: header!, problems };
  };
  for await (const record of csvRecords(source)) {
    if (!header) {
      header = record.cells.map((c) => c.trim());
      continue;
    }
    if (!prepared) {
      // The first rows are read before the mapping is chosen: formats are suggested from them.
      sample.push(record);
      if (sample.length < SAMPLE_ROWS) continue;
      const head = start();
      yield head;
      if (!prepared) return;
      for (const r of sample) yield { kind: 'row', ...readAccountRow(prepared, r.cells, r.row) };
      continue;
    }
    yield { kind: 'row', ...readAccountRow(prepared, record.cells, record.row) };
  }
  if (!header) {
    yield { kind: 'header', header: [], problems: [{ column: null, message: 'the file is empty: the first row must name the columns' }] };
    return;
  }
  if (!prepared) {
    const head = start();
    yield head;
    if (!prepared) return;
    for (const r of sample) yield { kind: 'row', ...readAccountRow(prepared, r.cells, r.row) };
  }
}

/** How many first rows a suggested mapping reads its formats from. */
export const SAMPLE_ROWS = 20;

function duplicateHeaders(header: readonly string[]): MappingProblem[] {
  const seen = new Set<string>();
  const problems: MappingProblem[] = [];
  for (const h of header) {
    if (h === '') continue;
    if (seen.has(h)) problems.push({ column: h, message: `the header names "${h}" twice: rename one of the columns` });
    seen.add(h);
  }
  return problems;
}
