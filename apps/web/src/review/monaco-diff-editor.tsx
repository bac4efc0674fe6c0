import { useEffect, useRef } from 'react';
// The editor's own Monaco bundle (local, never a CDN), which registers the diff editor and Liquid.
import { monaco } from '../config-panel/monaco-setup';
import { AFTER_CAPTION, BEFORE_CAPTION, type TextDiffProps } from './text-diff';

/** Monaco's diff editor, read-only, side by side whatever its width; Tab leaves it, F7 walks the changes. */
export default function MonacoDiffEditor({ label, language, before, after, height = 180 }: TextDiffProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const original = monaco.editor.createModel(before, language);
    const modified = monaco.editor.createModel(after, language);
    const editor = monaco.editor.createDiffEditor(host.current!, {
      readOnly: true,
      originalEditable: false,
      renderSideBySide: true,
      // The review compares texts side by side even in a narrow column (Monaco would switch to inline below 900 px).
      useInlineViewWhenSpaceIsLimited: false,
      ariaLabel: label,
      originalAriaLabel: `${label}: ${BEFORE_CAPTION.toLowerCase()}`,
      modifiedAriaLabel: `${label}: ${AFTER_CAPTION.toLowerCase()}`,
      automaticLayout: true,
      minimap: { enabled: false },
      wordWrap: 'on',
      diffWordWrap: 'on',
      lineNumbers: language === 'json' ? 'on' : 'off',
      scrollBeyondLastLine: false,
      renderOverviewRuler: false,
      fontSize: 13,
      tabFocusMode: true,
      fixedOverflowWidgets: true,
    });
    editor.setModel({ original, modified });
    return () => {
      // The editor first: models disposed under a live editor make its widgets throw.
      editor.dispose();
      original.dispose();
      modified.dispose();
    };
  }, [label, language, before, after]);

  return (
    <div className="text-diff">
      <div className="text-diff-captions" aria-hidden="true">
        <span>{BEFORE_CAPTION}</span>
        <span>{AFTER_CAPTION}</span>
      </div>
      <div ref={host} className="monaco-host monaco-diff-host" role="group" aria-label={label} style={{ height }} data-language={language} />
    </div>
  );
}
