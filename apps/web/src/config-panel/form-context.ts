import { createContext, useContext } from 'react';
import type { CadenceIssue, FieldHint } from '@kairos/cadence';

export type Path = readonly (string | number)[];

export interface FormContextValue {
  /** Prefix for element ids, unique per form. */
  idPrefix: string;
  hints: Record<string, FieldHint>;
  issues: readonly CadenceIssue[];
  disabled: boolean;
  change(path: Path, value: unknown): void;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useForm(): FormContextValue {
  const ctx = useContext(FormContext);
  if (!ctx) throw new Error('form fields must be rendered inside <SchemaForm>');
  return ctx;
}

export const dotted = (path: Path) => path.join('.');
export const fieldId = (ctx: FormContextValue, path: Path) => `${ctx.idPrefix}-${path.join('-') || 'root'}`;

/** The hint for a field, by its dotted path without list indexes (`rules.when.field`). */
export function hintFor(ctx: FormContextValue, path: Path): FieldHint | undefined {
  return ctx.hints[path.filter((p): p is string => typeof p === 'string').join('.')];
}

export const issuesAt = (ctx: FormContextValue, path: Path) => ctx.issues.filter((i) => i.field === dotted(path));
