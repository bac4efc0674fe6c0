import { useEffect, useRef } from 'react';
import { problemRange } from '../code-languages/code-problem';
import { CONDITION_LANGUAGE_ID } from '../code-languages/condition-language';
import { LIQUID_LANGUAGE_ID } from '../code-languages/liquid-language';
import { KAIROS_THEME } from '../code-languages/register';
import type { CodeEditorProps } from './code-field';
import { attachConfigSchema, monaco } from './monaco-setup';

const LANGUAGE_IDS = { liquid: LIQUID_LANGUAGE_ID, condition: CONDITION_LANGUAGE_ID, json: 'json' } as const;
const MARKER_OWNER = 'kairos';
let models = 0;

function markModel(model: monaco.editor.ITextModel, check: CodeEditorProps['check']) {
  const text = model.getValue();
  const markers = (check?.(text) ?? []).map((p) => ({
    ...problemRange(text, p),
    message: p.message,
    severity: p.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
  }));
  monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
}

/** Monaco as a controlled field: `value` in, `onChange` out, labelled for screen readers, Tab leaves it, problems marked in place. */
export default function MonacoCodeEditor({ id, label, language, value, onChange, readOnly, invalid, height, check, jsonSchema, describedBy }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const checkRef = useRef(check);
  checkRef.current = check;

  useEffect(() => {
    // A URI of its own per model, so a JSON model can be matched to its kind's schema.
    const model = monaco.editor.createModel(value, LANGUAGE_IDS[language], monaco.Uri.parse(`kairos://field/${++models}/${encodeURIComponent(id)}.${language === 'json' ? 'json' : language}`));
    const ed = monaco.editor.create(host.current!, {
      model,
      theme: KAIROS_THEME,
      ariaLabel: label,
      readOnly: readOnly ?? false,
      minimap: { enabled: false },
      lineNumbers: language === 'json' ? 'on' : 'off',
      wordWrap: 'on',
      automaticLayout: true,
      scrollBeyondLastLine: false,
      fontSize: 13,
      // Tab moves focus on, so the editor never traps keyboard users; a message needs no tab characters.
      tabFocusMode: true,
      renderLineHighlight: 'none',
      overviewRulerLanes: 0,
      folding: language === 'json',
      fixedOverflowWidgets: true,
      quickSuggestions: language === 'json' ? true : { other: true, strings: false, comments: false },
      wordBasedSuggestions: 'off',
    });
    editor.current = ed;
    const mark = () => markModel(model, checkRef.current);
    mark();
    const sub = ed.onDidChangeModelContent(() => {
      mark();
      onChangeRef.current(ed.getValue());
    });
    return () => {
      sub.dispose();
      // The editor first: a model disposed under a live editor makes its widgets throw.
      ed.dispose();
      model.dispose();
      editor.current = null;
    };
    // Created once per language; value and options follow through the effects below.
  }, [language]);

  useEffect(() => {
    const ed = editor.current;
    // Only an outside change (undo, another node) replaces the text: typing keeps cursor and history.
    if (ed && ed.getValue() !== value) ed.setValue(value);
  }, [value]);

  useEffect(() => {
    editor.current?.updateOptions({ readOnly: readOnly ?? false, ariaLabel: label });
  }, [readOnly, label]);

  useEffect(() => {
    // The check can change without the text (the kind's schema of another node): mark again.
    const model = editor.current?.getModel();
    if (model) markModel(model, check);
  }, [check]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model || !jsonSchema) return;
    return attachConfigSchema(model.uri.toString(), jsonSchema);
  }, [jsonSchema, language]);

  useEffect(() => {
    // Monaco's own input (its EditContext element in Chromium, a textarea elsewhere) is what screen readers
    // reach: describe it with the field's help and problems.
    const input = host.current?.querySelector('.native-edit-context') ?? host.current?.querySelector('textarea');
    if (!input) return;
    if (describedBy) input.setAttribute('aria-describedby', describedBy);
    else input.removeAttribute('aria-describedby');
  }, [describedBy, language]);

  // `nokey`: Monaco types through the browser's EditContext (no textarea), which React Flow's key handling
  // does not take for an input; without it Space would pan the canvas and Backspace delete the step.
  return <div id={id} ref={host} className={`monaco-host nokey${invalid ? ' invalid' : ''} monaco-${language}`} style={{ height: height ?? (language === 'condition' ? 64 : 140) }} data-language={language} />;
}
