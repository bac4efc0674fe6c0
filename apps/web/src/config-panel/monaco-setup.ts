// Monaco, bundled with the app (never from a CDN: Kairos runs offline): the editor core, the
// contributions a message or JSON editor needs, JSON language support, Liquid highlighting, and
// completion of the template variables Kairos knows.
import * as monaco from 'monaco-editor/editor/editor.api';
// Codicon styles come with the suggest widget.
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/folding/browser/folding';
import 'monaco-editor/editor/contrib/format/browser/formatActions';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor';
import 'monaco-editor/editor/contrib/placeholderText/browser/placeholderText.contribution';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/tokenization/browser/tokenization';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations';
import 'monaco-editor/editor/common/standaloneStrings';
import 'monaco-editor/language/json/monaco.contribution';
import 'monaco-editor/languages/definitions/liquid/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { TEMPLATE_VARIABLES } from '@kairos/cadence/templates';

self.MonacoEnvironment = {
  getWorker: (_moduleId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

monaco.languages.registerCompletionItemProvider('liquid', {
  triggerCharacters: ['{', ' ', '.'],
  provideCompletionItems(model, position) {
    const before = model.getValueInRange({ startLineNumber: position.lineNumber, startColumn: 1, endLineNumber: position.lineNumber, endColumn: position.column });
    // Only inside an open {{ … }} output tag.
    if (before.lastIndexOf('{{') <= before.lastIndexOf('}}')) return { suggestions: [] };
    const word = model.getWordUntilPosition(position);
    const dot = before.match(/[\w.]*$/)?.[0] ?? '';
    const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: position.column - dot.length, endColumn: word.endColumn };
    return {
      suggestions: TEMPLATE_VARIABLES.map((v) => ({
        label: v.path,
        kind: monaco.languages.CompletionItemKind.Variable,
        detail: v.description,
        insertText: v.path,
        range,
      })),
    };
  },
});

export { monaco };
