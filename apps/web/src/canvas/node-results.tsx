// What the results overlay writes on a step and on an arrow (a version's accounts over a range of days).
import type { ResultsOverlay } from '../store/editor-store';

type Counts = ResultsOverlay['nodes'][string];
const ZERO: Counts = { entered: 0, waitingNow: 0, exitedHere: 0, paidWithin: 0 };

/** "90 entered, 5 waiting now, 2 exited here, 30 paid within 7 days" (a step no account reached reads as zeros). */
export function nodeResultsText(counts: Counts | undefined, paidWithinDays: number): string {
  const c = counts ?? ZERO;
  return `${c.entered} entered, ${c.waitingNow} waiting now, ${c.exitedHere} exited here, ${c.paidWithin} paid within ${paidWithinDays} day${paidWithinDays === 1 ? '' : 's'}`;
}

/** An arrow's label: its outcome (unless it is the obvious "Then"/"Sent"/"Start"), and with results on, its volume. */
export function edgeLabel(outcomeLabel: string | undefined, volume: number | null): string | undefined {
  const outcome = outcomeLabel && !['Then', 'Sent', 'Start'].includes(outcomeLabel) ? outcomeLabel : undefined;
  if (volume === null) return outcome;
  return outcome ? `${outcome} · ${volume}` : String(volume);
}

export function NodeResultsLine({ counts, paidWithinDays }: { counts: Counts | undefined; paidWithinDays: number }) {
  const c = counts ?? ZERO;
  return (
    <div className="node-results" aria-label={nodeResultsText(counts, paidWithinDays)} role="group">
      <span>{c.entered} entered</span>
      <span>{c.waitingNow} waiting</span>
      <span>{c.exitedHere} exited here</span>
      <span>
        {c.paidWithin} paid ≤ {paidWithinDays} d
      </span>
    </div>
  );
}
