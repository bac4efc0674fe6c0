import { useEffect, useState } from 'react';
import type { CodeCheck } from '../code-languages/code-problem';
import { CodeField } from './code-field';

/**
 * A JSON object in a code editor. Text that is not a JSON object yet stays here, with what is wrong,
 * and is not applied; changes made elsewhere (undo, the form) replace the text.
 */
export function JsonObjectEditor(props: {
  id: string;
  label: string;
  value: unknown;
  readOnly: boolean;
  invalid?: boolean;
  height?: number;
  check?: CodeCheck;
  jsonSchema?: object;
  describedBy?: string;
  onChange(v: Record<string, unknown>): void;
}) {
  const { id, label, value, readOnly, invalid, height, onChange, check, jsonSchema, describedBy } = props;
  const [text, setText] = useState(() => JSON.stringify(value ?? {}, null, 2));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setText((current) => {
      try {
        return JSON.stringify(JSON.parse(current)) === JSON.stringify(value ?? {}) ? current : JSON.stringify(value ?? {}, null, 2);
      } catch {
        return current;
      }
    });
  }, [value]);
  const apply = (next: string) => {
    setText(next);
    try {
      const parsed: unknown = JSON.parse(next);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('this must be a JSON object { … }');
      setProblem(null);
      onChange(parsed as Record<string, unknown>);
    } catch (err) {
      setProblem((err as Error).message);
    }
  };
  return (
    <>
      <CodeField
        id={id}
        label={label}
        language="json"
        value={text}
        readOnly={readOnly}
        invalid={invalid || problem !== null}
        onChange={apply}
        {...(height ? { height } : {})}
        {...(check ? { check } : {})}
        {...(jsonSchema ? { jsonSchema } : {})}
        {...(describedBy ? { describedBy } : {})}
      />
      {problem && (
        <p className="field-error" role="alert">
          Not applied: {problem}
        </p>
      )}
    </>
  );
}
