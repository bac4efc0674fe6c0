// A config list picked from a set of options, as checkboxes: the kind's fixed choices (an enum) or a set
// the editor fetches (the portfolios a person reads). The stored list follows the options' order, so a
// config (and the version's hash) never depends on the order of clicks.
import type { ReactNode } from 'react';
import { describedBy, FieldIssues } from './field-frame';
import { fieldId, hintFor, issuesAt, useForm, type Path } from './form-context';

export interface CheckOption {
  value: unknown;
  label: string;
}

export function CheckListField({ path, value, fallbackLabel, options, notes }: { path: Path; value: unknown; fallbackLabel: string; options: readonly CheckOption[]; notes?: ReactNode }) {
  const ctx = useForm();
  const id = fieldId(ctx, path);
  const hint = hintFor(ctx, path);
  const issues = issuesAt(ctx, path);
  const chosen: unknown[] = Array.isArray(value) ? value : [];
  const toggle = (option: unknown, on: boolean) => {
    const next = on ? [...chosen.filter((c) => c !== option), option] : chosen.filter((c) => c !== option);
    ctx.change(
      path,
      options.map((o) => o.value).filter((o) => next.includes(o)),
    );
  };
  return (
    <fieldset className={`field choice-list${issues.length ? ' field-invalid' : ''}`} {...describedBy(id, hint?.help, issues)}>
      <legend>{hint?.label ?? fallbackLabel}</legend>
      {notes}
      {options.map((o) => {
        const optionId = `${id}-${String(o.value)}`;
        return (
          <div className="field-check" key={String(o.value)}>
            <input id={optionId} type="checkbox" checked={chosen.includes(o.value)} disabled={ctx.disabled} onChange={(e) => toggle(o.value, e.target.checked)} />
            <label htmlFor={optionId}>{o.label}</label>
          </div>
        );
      })}
      {hint?.help && (
        <p className="help" id={`${id}-help`}>
          {hint.help}
        </p>
      )}
      <FieldIssues id={id} issues={issues} />
    </fieldset>
  );
}
