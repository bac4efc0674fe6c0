import type { GraphDiff } from '../api/review-types';
import { changeSummary, edgeChangeText, fieldTitle } from './review-model';
import { editorRegistry } from '../registry';

/** Every change against the live version: steps added, changed (with the fields), removed, and rewired arrows. */
export function ChangeList({
  diff,
  hasLive,
  stepName,
  onShowStep,
}: {
  diff: GraphDiff;
  hasLive: boolean;
  stepName: (id: string) => string;
  onShowStep: (id: string) => void;
}) {
  const edges = [
    ...diff.edges.retargeted.map((e) => edgeChangeText('retargeted', e, stepName)),
    ...diff.edges.added.map((e) => edgeChangeText('added', e, stepName)),
    ...diff.edges.removed.map((e) => edgeChangeText('removed', e, stepName)),
  ];
  return (
    <section className="change-list" aria-labelledby="changes-heading">
      <h2 id="changes-heading">Changes</h2>
      <p className="muted">{changeSummary(diff, hasLive)}</p>
      {diff.nodes.changed.length > 0 && (
        <>
          <h3>Changed steps</h3>
          <ul aria-label="Changed steps">
            {diff.nodes.changed.map((n) => (
              <li key={n.id}>
                <button type="button" className="link-button" onClick={() => onShowStep(n.id)}>
                  {stepName(n.id)}
                </button>
                <div className="muted">{n.changes.map((c) => fieldTitle(editorRegistry, n.type, c.field)).join(', ')}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      {hasLive && diff.nodes.added.length > 0 && (
        <>
          <h3>New steps</h3>
          <ul aria-label="New steps">
            {diff.nodes.added.map((n) => (
              <li key={n.id}>
                <button type="button" className="link-button" onClick={() => onShowStep(n.id)}>
                  {stepName(n.id)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.nodes.removed.length > 0 && (
        <>
          <h3>Removed steps</h3>
          <ul aria-label="Removed steps">
            {diff.nodes.removed.map((n) => (
              <li key={n.id}>
                {stepName(n.id)} <span className="muted">(no longer on the canvas)</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {edges.length > 0 && (
        <>
          <h3>Rewired arrows</h3>
          <ul aria-label="Rewired arrows">
            {edges.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
