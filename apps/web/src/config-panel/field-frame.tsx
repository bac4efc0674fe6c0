import type { ReactNode } from 'react';
import type { CadenceIssue } from '@kairos/cadence';

/** Label, control, help and the field's own problems, wired together for screen readers. */
export function FieldFrame({ id, label, help, issues, children }: { id: string; label: string; help?: string; issues: readonly CadenceIssue[]; children: ReactNode }) {
  return (
    <div className={`field${issues.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {help && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <FieldIssues id={id} issues={issues} />
    </div>
  );
}

export function FieldIssues({ id, issues }: { id: string; issues: readonly CadenceIssue[] }) {
  if (!issues.length) return null;
  return (
    <ul className="field-error" id={`${id}-issues`}>
      {issues.map((i, n) => (
        <li key={n}>{i.message}</li>
      ))}
    </ul>
  );
}

/** aria attributes of a control with help and problems. */
export function describedBy(id: string, help: string | undefined, issues: readonly CadenceIssue[]) {
  const ids = [help ? `${id}-help` : '', issues.length ? `${id}-issues` : ''].filter(Boolean).join(' ');
  return { 'aria-invalid': issues.length > 0 || undefined, ...(ids ? { 'aria-describedby': ids } : {}) };
}
