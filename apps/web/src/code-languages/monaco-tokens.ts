// Test support: what Monaco's tokenizer makes of a text, as [text, token type] pairs (blanks left out).
import type * as Monaco from 'monaco-editor/editor/editor.api';

export function tokensOf(monaco: typeof Monaco, text: string, languageId: string): Array<[string, string]> {
  const lines = text.split('\n');
  return monaco.editor.tokenize(text, languageId).flatMap((line, n) =>
    line
      .map((t, i) => [lines[n]!.slice(t.offset, line[i + 1]?.offset ?? lines[n]!.length), t.type.replace(/\.(liquid|condition)$/, '')] as [string, string])
      .filter(([piece]) => piece.trim() !== ''),
  );
}
