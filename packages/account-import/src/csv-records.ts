// A creditor's file read as it streams in, one record at a time (a 100,000-row file is never held
// whole): csv-parse does the quoting, line endings and byte-order mark.
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';

/** One record of the file: its row number (the header is row 1) and its cells. */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/** The file cannot be read as CSV at all (an unclosed quote): where, and what to fix. */
export class CsvFileError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(message);
  }
}

/** The records of a CSV file, header first; empty lines are skipped. Throws `CsvFileError` when the file is not CSV. */
export async function* csvRecords(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): AsyncGenerator<CsvRecord> {
  const input = Readable.from(source);
  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, max_record_size: 1_000_000 });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { row: info.lines, cells: record };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 0;
      throw new CsvFileError(line, csvErrorMessage(error.code, line));
    }
    throw error;
  } finally {
    input.destroy();
  }
}

function csvErrorMessage(code: string, line: number): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `a quoted value opened before row ${line} is never closed: close the quote or remove it`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `row ${line} has text after a closing quote: write a quote inside a quoted value as two quotes ("")`;
    case 'CSV_MAX_RECORD_SIZE':
      return `row ${line} is longer than 1,000,000 characters: check for an unclosed quote`;
    default:
      return `row ${line} cannot be read as CSV (${code}): save the file as comma-separated values`;
  }
}
