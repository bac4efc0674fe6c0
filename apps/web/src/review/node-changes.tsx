import type { FieldChange } from '../api/review-types';
import { editorRegistry } from '../registry';
import { diffLanguage, diffText, fieldTitle, type NodeMark } from './review-model';
import { TextDiff } from './text-diff';

const quoted = (v: unknown) => (v === null || v === undefined || v === '' ? '(none)' : `“${String(v)}”`);

/**
 * What changed in one step: label and kind as words, each setting and template as a before/after
 * diff (templates as Liquid, other settings as JSON). A new step shows everything it holds.
 */
export function NodeChanges({ stepId, kind, mark, changes }: { stepId: string; kind: string; mark: NodeMark | undefined; changes: readonly FieldChange[] }) {
  if (!mark) return <p className="muted">This step is the same as in the live version.</p>;
  const meta = changes.filter((c) => c.kind === 'meta');
  const diffs = changes.filter((c) => c.kind !== 'meta');
  return (
    <div className="node-changes">
      <p className="muted">{mark === 'added' ? 'A new step: everything it holds is shown as added.' : `${changes.length} change${changes.length === 1 ? '' : 's'} against the live version.`}</p>
      {meta.length > 0 && (
        <ul aria-label={`Renamed or retyped ${stepId}`}>
          {meta.map((c) => (
            <li key={c.field}>
              {fieldTitle(editorRegistry, kind, c.field)}: {quoted(c.before)} → {quoted(c.after)}
            </li>
          ))}
        </ul>
      )}
      {diffs.map((c) => {
        const title = fieldTitle(editorRegistry, kind, c.field);
        return (
          <section key={c.field} className="field-diff" aria-label={`${title} of ${stepId}`}>
            <h4>
              {title} <span className="badge">{c.kind === 'template' ? 'message text' : 'setting'}</span>
            </h4>
            <TextDiff label={`${title} of ${stepId}`} language={diffLanguage(c)} before={diffText(c.before)} after={diffText(c.after)} />
          </section>
        );
      })}
    </div>
  );
}
