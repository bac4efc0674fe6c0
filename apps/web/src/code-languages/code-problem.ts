// A problem in a piece of code (a template, a condition, a JSON config), placed by character offsets:
// the editor turns it into a marker underlining exactly that text.
export interface CodeProblem {
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Checks a text and places its problems; each code field gets the one for its language. */
export type CodeCheck = (text: string) => CodeProblem[];

/** Line and column (both from 1, as Monaco counts) of a character offset. */
export function positionAt(text: string, offset: number): { lineNumber: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let lineNumber = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < clamped; i = text.indexOf('\n', i + 1)) {
    lineNumber++;
    lineStart = i + 1;
  }
  return { lineNumber, column: clamped - lineStart + 1 };
}

/** A marker's range: at least one character wide, so a problem at the very end ("a value is missing") is still visible. */
export function problemRange(text: string, p: Pick<CodeProblem, 'start' | 'end'>) {
  const from = p.start >= text.length ? Math.max(0, text.length - 1) : p.start;
  const start = positionAt(text, from);
  const end = positionAt(text, Math.max(p.end, from + 1));
  return { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
}
