import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Cadence } from '../api/types';
import { AUDIT_ACTIONS } from '../api/review-types';
import { ACTION_TEXT, EMPTY_FILTERS, filterProblems, type AuditFilterForm } from './audit-filters';

/** The filters, applied together with "Apply filters" (or Enter); each problem is shown at its field. */
export function AuditFilterFormView({ initial, cadences, onApply }: { initial: AuditFilterForm; cadences: readonly Cadence[]; onApply(f: AuditFilterForm): void }) {
  const [f, setF] = useState(initial);
  const [shown, setShown] = useState<ReturnType<typeof filterProblems>>({});
  const id = useId();
  const set = (k: keyof AuditFilterForm) => (e: { target: { value: string } }) => setF((prev) => ({ ...prev, [k]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems = filterProblems(f);
    setShown(problems);
    if (Object.keys(problems).length === 0) onApply(f);
  };
  const field = (k: keyof AuditFilterForm, label: string, input: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${k}`}>{label}</label>
      {input({ id: `${id}-${k}`, ...(shown[k] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${k}-error` } : {}) })}
      {shown[k] && (
        <p id={`${id}-${k}-error`} className="field-error">
          {shown[k]}
        </p>
      )}
    </div>
  );
  return (
    <form className="audit-filters" aria-label="Filter the audit log" onSubmit={submit} noValidate>
      {field('action', 'Action', (p) => (
        <select {...p} value={f.action} onChange={set('action')}>
          <option value="">Any action</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {ACTION_TEXT[a]}
            </option>
          ))}
        </select>
      ))}
      {field('actor', 'Who (email or user id)', (p) => <input {...p} type="search" value={f.actor} onChange={set('actor')} placeholder="olga@example.com" />)}
      {field('cadenceId', 'Cadence', (p) => (
        <select {...p} value={f.cadenceId} onChange={set('cadenceId')}>
          <option value="">Any cadence</option>
          {cadences.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      ))}
      {field('hash', 'Content hash (or its start)', (p) => <input {...p} type="search" value={f.hash} onChange={set('hash')} placeholder="3f9a1c…" spellCheck={false} />)}
      {field('fromDay', 'From day', (p) => <input {...p} type="date" value={f.fromDay} onChange={set('fromDay')} />)}
      {field('toDay', 'To day', (p) => <input {...p} type="date" value={f.toDay} onChange={set('toDay')} />)}
      <div className="audit-filter-buttons">
        <button type="submit" className="primary">
          Apply filters
        </button>
        <button
          type="button"
          onClick={() => {
            setF(EMPTY_FILTERS);
            setShown({});
            onApply(EMPTY_FILTERS);
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
