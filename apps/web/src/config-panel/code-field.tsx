// Templates and JSON are edited in Monaco, loaded on first use (it is large). Until it has loaded,
// and wherever Monaco cannot run (component tests), a plain labelled textarea does the same job.
import { createContext, lazy, Suspense, useContext, type ComponentType } from 'react';
import type { CodeCheck } from '../code-languages/code-problem';

export interface CodeEditorProps {
  id: string;
  /** Accessible name of the editor. */
  label: string;
  /** `liquid`: a message template; `condition`: a branch condition; `json`: settings or a JSON value. */
  language: 'liquid' | 'condition' | 'json';
  value: string;
  /** Places the text's problems; Monaco underlines each where it stands (hover or F8 reads it). */
  check?: CodeCheck;
  /** JSON Schema of a JSON value: Monaco completes and explains its fields. */
  jsonSchema?: object;
  /** Ids of the help and problem texts that describe the field. */
  describedBy?: string;
  onChange(value: string): void;
  readOnly?: boolean;
  invalid?: boolean;
  height?: number;
}

export function PlainCodeEditor({ id, label, value, onChange, readOnly, invalid, height, describedBy }: CodeEditorProps) {
  return (
    <textarea
      id={id}
      className="code-textarea"
      aria-label={label}
      aria-describedby={describedBy}
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
