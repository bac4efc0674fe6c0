import { useEffect, useRef } from 'react';
import type { CodeEditorProps } from './code-field';
import { monaco } from './monaco-setup';

/** Monaco as a controlled field: `value` in, `onChange` out, labelled for screen readers, Tab leaves it. */
export default function MonacoCodeEditor({ id, label, language, value, onChange, readOnly, invalid, height = 140 }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    const ed = monaco.editor.create(host.current!, {
      value,
      language,
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
    });
    editor.current = ed;
    const sub = ed.onDidChangeModelContent(() => onChangeRef.current(ed.getValue()));
    return () => {
      sub.dispose();
      // The editor first: a model disposed under a live editor makes its widgets throw.
      const model = ed.getModel();
      ed.dispose();
      model?.dispose();
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

  return <div id={id} ref={host} className={`monaco-host${invalid ? ' invalid' : ''}`} style={{ height }} data-language={language} />;
}
