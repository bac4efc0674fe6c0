// Teaches a Monaco instance Kairos's two small languages: Liquid message templates and branch
// conditions (highlighting, completion). Markers come from each field's `check` (see code-field.tsx).
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { conditionCompletions } from './condition-completions';
import { CONDITION_LANGUAGE_ID, conditionConfiguration, conditionMonarch } from './condition-language';
import { liquidCompletions, type Completions, type CompletionSpec } from './liquid-completions';
import { LIQUID_LANGUAGE_ID, liquidConfiguration, liquidMonarch } from './liquid-language';

type MonacoApi = typeof Monaco;

export const KAIROS_THEME = 'kairos';

function kindOf(monaco: MonacoApi, kind: CompletionSpec['kind']) {
  const K = monaco.languages.CompletionItemKind;
  return { variable: K.Variable, filter: K.Function, tag: K.Keyword, field: K.Field, keyword: K.Keyword, value: K.Value }[kind];
}

export function completionProvider(monaco: MonacoApi, complete: (before: string) => Completions, triggerCharacters: string[]): Monaco.languages.CompletionItemProvider {
  return {
    triggerCharacters,
    provideCompletionItems(model, position) {
      const before = model.getValueInRange({ startLineNumber: 1, startColumn: 1, endLineNumber: position.lineNumber, endColumn: position.column });
      const { replace, items } = complete(before);
      const line = model.getLineContent(position.lineNumber);
      // Replace the whole word under the cursor, also the part after it.
      const after = /^[\w.]*/.exec(line.slice(position.column - 1))![0].length;
      const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: Math.max(1, position.column - replace), endColumn: position.column + after };
      return {
        suggestions: items.map((item, i) => ({
          label: item.label,
          kind: kindOf(monaco, item.kind),
          detail: item.detail,
          insertText: item.insertText,
          ...(item.snippet ? { insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet } : {}),
          // Keep our order (described filters and account fields first) unless the typed text says otherwise.
          sortText: String(i).padStart(4, '0'),
          range,
        })),
      };
    },
  };
}

let registered = false;

/** Register once per page; calling again does nothing. */
export function registerKairosLanguages(monaco: MonacoApi): void {
  if (registered) return;
  registered = true;
  monaco.languages.register({ id: LIQUID_LANGUAGE_ID, aliases: ['Liquid (Kairos)'] });
  monaco.languages.setMonarchTokensProvider(LIQUID_LANGUAGE_ID, liquidMonarch);
  monaco.languages.setLanguageConfiguration(LIQUID_LANGUAGE_ID, liquidConfiguration);
  monaco.languages.registerCompletionItemProvider(LIQUID_LANGUAGE_ID, completionProvider(monaco, liquidCompletions, ['{', '%', ' ', '.', '|']));

  monaco.languages.register({ id: CONDITION_LANGUAGE_ID, aliases: ['Kairos condition'] });
  monaco.languages.setMonarchTokensProvider(CONDITION_LANGUAGE_ID, conditionMonarch);
  monaco.languages.setLanguageConfiguration(CONDITION_LANGUAGE_ID, conditionConfiguration);
  monaco.languages.registerCompletionItemProvider(CONDITION_LANGUAGE_ID, completionProvider(monaco, conditionCompletions, ['.', ' ', '=']));

  // The default light theme, with filters and delimiters of templates set apart from the text around them.
  monaco.editor.defineTheme(KAIROS_THEME, {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'delimiter.output', foreground: '7c3aed', fontStyle: 'bold' },
      { token: 'delimiter.tag', foreground: 'b45309', fontStyle: 'bold' },
      { token: 'variable', foreground: '1d4ed8' },
      { token: 'function.filter', foreground: '047857' },
      { token: 'operator.pipe', foreground: '047857' },
      { token: 'keyword', foreground: 'b45309' },
      { token: 'constant', foreground: '9333ea' },
    ],
    colors: {},
  });
}
