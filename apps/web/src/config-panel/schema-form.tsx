import { useMemo, type ReactNode } from 'react';
import type { CadenceIssue, FieldHint } from '@kairos/cadence';
import { FormContext, dotted, type Path } from './form-context';
import { setAt, type JsonSchema } from './json-schema';
import { SchemaField } from './schema-field';

export interface SchemaFormProps {
  /** Unique per form on the page (element ids derive from it). */
  id: string;
  schema: JsonSchema;
  value: Record<string, unknown>;
  /** The whole new config, and the dotted path of the field that changed (undo groups typing by it). */
  onChange(value: Record<string, unknown>, field: string): void;
  hints?: Record<string, FieldHint>;
  /** Validation issues of this node; each appears under the field it names. */
  issues?: readonly CadenceIssue[];
  disabled?: boolean;
  children?: ReactNode;
}

/** A form generated from a JSON Schema: every field labelled, its problems beside it. */
export function SchemaForm({ id, schema, value, onChange, hints = {}, issues = [], disabled = false }: SchemaFormProps) {
  const ctx = useMemo(
    () => ({
      idPrefix: id,
      hints,
      issues,
      disabled,
      change: (path: Path, next: unknown) => onChange(setAt(value, path, next) as Record<string, unknown>, dotted(path)),
    }),
    [id, hints, issues, disabled, onChange, value],
  );
  return (
    <FormContext.Provider value={ctx}>
      <div className="schema-form">
        <SchemaField path={[]} schema={schema} value={value} fallbackLabel="Settings" />
      </div>
    </FormContext.Provider>
  );
}
