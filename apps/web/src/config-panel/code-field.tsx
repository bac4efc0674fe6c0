// Templates and JSON are edited in Monaco, loaded on first use (it is large). Until it has loaded,
// and wherever Monaco cannot run (component tests), a plain labelled textarea does the same job.
import { createContext, lazy, Suspense, useContext, type ComponentType } from 'react';

export interface CodeEditorProps {
  id: string;
  /** Accessible name of the editor. */
  label: string;
  language: 'liquid' | 'json';
  value: string;
  onChange(value: string): void;
  readOnly?: boolean;
  invalid?: boolean;
  height?: number;
}

export function PlainCodeEditor({ id, label, value, onChange, readOnly, invalid, height }: CodeEditorProps) {
  return (
    <textarea
      id={id}
      className="code-textarea"
      aria-label={label}
      aria-invalid={invalid || undefined}
      value={value}
      readOnly={readOnly}
      spellCheck={false}
      style={height ? { height } : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

const MonacoCodeEditor = lazy(() => import('./monaco-code-editor'));

function LazyMonaco(props: CodeEditorProps) {
  return (
    <Suspense fallback={<PlainCodeEditor {...props} />}>
      <MonacoCodeEditor {...props} />
    </Suspense>
  );
}

/** Which editor code fields use; tests provide the plain one. */
export const CodeEditorContext = createContext<ComponentType<CodeEditorProps>>(LazyMonaco);

export function CodeField(props: CodeEditorProps) {
  const Editor = useContext(CodeEditorContext);
  return <Editor {...props} />;
}
