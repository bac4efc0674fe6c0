import type { VersionLive } from '../api/types';

/** How many enrollments of this version run (and how many of those are paused), finished and failed, and why they ended. */
export function LiveTotals({ live }: { live: VersionLive }) {
  const reasons = Object.entries(live.exitReasons);
  return (
    <section className="live-totals" aria-label="Enrollments of this version">
      <span>
        <strong>{live.enrollments.active}</strong> active
      </span>
      {live.enrollments.paused > 0 && (
        <span className="status-paused">
          <strong>{live.enrollments.paused}</strong> of them paused
        </span>
      )}
      <span>
        <strong>{live.enrollments.finished}</strong> finished
      </span>
      <span>
        <strong>{live.enrollments.failed}</strong> failed
      </span>
      {reasons.length > 0 && <span className="muted">Ended as: {reasons.map(([r, n]) => `${r} ${n}`).join(', ')}</span>}
    </section>
  );
}
