import type { LintFinding } from '../api/review-types';

const SEVERITY_TEXT = { blocking: 'Blocking', warning: 'Warning' } as const;

/** Compliance lint findings, blocking first; pressing one shows its step. */
export function FindingsList({
  findings,
  stepName,
  onShowStep,
  label = 'Compliance findings',
}: {
  findings: readonly LintFinding[];
  stepName: (id: string) => string;
  onShowStep?: (nodeId: string) => void;
  label?: string;
}) {
  if (findings.length === 0) return <p className="ok">No compliance findings: the lint found nothing to flag.</p>;
  const ordered = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1));
  return (
    <ul className="findings" aria-label={label}>
      {ordered.map((f, i) => {
        const text = `${SEVERITY_TEXT[f.severity]}: ${stepName(f.nodeId)} · ${f.field}: ${f.message}`;
        return (
          <li key={`${f.rule}-${f.nodeId}-${f.field}-${i}`} className={`problem ${f.severity === 'blocking' ? 'error' : 'warning'}`}>
            <div>
              {onShowStep ? (
                <button type="button" className="link-button" onClick={() => onShowStep(f.nodeId)}>
                  {text}
                </button>
              ) : (
                <span>{text}</span>
              )}
              <div className="muted cites">
                {f.rule} · {f.cites}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
