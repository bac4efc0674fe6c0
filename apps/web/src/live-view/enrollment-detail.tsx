import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { EnrollmentDetail as Detail } from '../api/types';
import { formatWhen } from '../shell/format';
import { ErrorMessage, Loading } from '../shell/status';
import { EnrollmentActions } from './enrollment-actions';
import { contactStatusText, timelineText } from './timeline-text';

export const enrollmentStatusText = (e: {
  status: string;
  exitReason: string | null;
  currentStepId: string | null;
  paused?: { by: string; reason: string | null } | null;
}) =>
  e.status === 'active'
    ? e.paused
      ? `Paused at ${e.currentStepId ?? 'the start'} by ${e.paused.by}${e.paused.reason ? `: ${e.paused.reason}` : ''}`
      : `Active, at ${e.currentStepId ?? 'the start'}`
    : `${e.status === 'failed' ? 'Failed' : 'Finished'} · ${e.exitReason ?? 'no reason'}`;

/** The status's class: a paused enrollment is styled apart from one that runs. */
export const enrollmentStatusClass = (e: { status: string; paused?: unknown }) => `enrollment-status status-${e.status === 'active' && e.paused ? 'paused' : e.status}`;

/**
 * Whether the enrollment may still change: it runs, or it was just stopped and its run's last timeline
 * entries (written by the workflow, a moment after the stop) have not arrived yet.
 */
const stillMoving = (e: Detail): boolean =>
  e.status === 'active' || (e.timeline.at(-1)?.type !== 'finished' && e.finishedAt !== null && Date.now() - Date.parse(e.finishedAt) < 60_000);

/** One enrollment: where it stands, its timeline and the messages it sent. Refreshes while it runs. */
export function EnrollmentDetail({ enrollmentId, stepName, onLoaded, onClose }: { enrollmentId: string; stepName(id: string): string; onLoaded(e: Detail): void; onClose(): void }) {
  const detail = useQuery({
    queryKey: queryKeys.enrollment(enrollmentId),
    queryFn: () => kairosApi.getEnrollment(enrollmentId),
    refetchInterval: (q) => (q.state.data && stillMoving(q.state.data) ? 2_000 : false),
  });
  useEffect(() => {
    if (detail.data) onLoaded(detail.data);
  }, [detail.data, onLoaded]);
  if (detail.isPending) return <Loading what="the enrollment" />;
  if (detail.isError) return <ErrorMessage error={detail.error} retry={() => void detail.refetch()} />;
  const e = detail.data;
  return (
    <section className="enrollment-detail" aria-labelledby="enrollment-heading">
      <h3 id="enrollment-heading">Account {e.accountId}</h3>
      <p>
        <strong>Status: </strong>
        <span className={enrollmentStatusClass(e)} data-testid="enrollment-status">
          {enrollmentStatusText(e)}
        </span>
      </p>
      <p className="muted">
        Started {formatWhen(e.startedAt)}
        {e.paused ? `, paused ${formatWhen(e.paused.at)}` : ''}
        {e.finishedAt ? `, finished ${formatWhen(e.finishedAt)}` : ''}
      </p>
      <EnrollmentActions enrollment={e} />
      <h4>Timeline</h4>
      {e.timeline.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="timeline" aria-label="Timeline">
          {e.timeline.map((t) => (
            <li key={t.seq} className={`timeline-${t.type}`}>
              <time dateTime={t.at}>{formatWhen(t.at)}</time> {timelineText(t, stepName)}
            </li>
          ))}
        </ol>
      )}
      <h4>Messages</h4>
      {e.contacts.length === 0 ? (
        <p className="muted">No message sent yet.</p>
      ) : (
        <ul className="contacts" aria-label="Messages">
          {e.contacts.map((c) => (
            <li key={c.id}>
              <strong>
                {c.channel.toUpperCase()} to {c.recipient}
              </strong>{' '}
              <span className="muted">
                ({contactStatusText(c.status)}, {formatWhen(c.sentAt ?? c.createdAt)})
              </span>
              {c.subject && <div>{c.subject}</div>}
              <div className="message-body">{c.body}</div>
              {c.error && <div className="field-error">{c.error}</div>}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        Close this account
      </button>
    </section>
  );
}
