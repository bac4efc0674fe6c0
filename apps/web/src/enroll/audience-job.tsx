import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { ErrorMessage } from '../shell/status';
import { exclusionLines, percentDone, progressText, summaryText, type AudienceJob } from './job-progress';

/** How often a running job is asked for its progress. */
const POLL_MS = 1_000;

/** A running audience enrollment's progress bar, then its summary with the way to the cadence's live view. */
export function AudienceJobProgress({ first, cadenceName }: { first: AudienceJob; cadenceName: string }) {
  const client = useQueryClient();
  const job = useQuery({
    queryKey: queryKeys.audienceJob(first.id),
    queryFn: () => kairosApi.audienceJob(first.id),
    initialData: first,
    refetchInterval: (q) => (q.state.data?.status === 'running' ? POLL_MS : false),
  });
  const current = job.data;
  const over = current.status !== 'running';
  useEffect(() => {
    // What shows enrollments is stale once the job has enrolled its accounts.
    if (!over) return;
    void client.invalidateQueries({ queryKey: queryKeys.accounts });
    void client.invalidateQueries({ queryKey: ['account'] });
    void client.invalidateQueries({ queryKey: ['enrollments'] });
    void client.invalidateQueries({ queryKey: queryKeys.live(current.versionId) });
  }, [over, client, current.versionId]);
  const liveView = `/cadences/${current.cadenceId}/versions/${current.versionId}`;
  return (
    <section className="enroll-job" aria-label="Enrollment">
      <h2>{over ? 'Done' : `Enrolling in ${cadenceName}…`}</h2>
      <p>
        <progress aria-label="Accounts enrolled so far" value={current.done} max={Math.max(current.total, 1)} /> {percentDone(current)}%
      </p>
      <p className="muted">{progressText(current)}</p>
      {job.isError && <ErrorMessage error={job.error} title="The progress could not be read" retry={() => void job.refetch()} />}
      {over && (
        <div role={current.status === 'failed' ? 'alert' : 'status'} className="enroll-summary">
          <p>{summaryText(current)}</p>
          {exclusionLines(current.excluded).length > 0 && (
            <ul>
              {exclusionLines(current.excluded).map((l) => (
                <li key={l.reason}>
                  {l.count.toLocaleString('en-US')} {l.text}
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to={liveView}>See them in the live view of {cadenceName}</Link>
          </p>
        </div>
      )}
    </section>
  );
}
