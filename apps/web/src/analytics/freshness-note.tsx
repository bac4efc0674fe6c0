// Beside every report: through when its figures count every fact, and how many facts the analytics
// could not count. Admins also see why and can retry them once the cause is fixed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnalyticsFreshness, ParkedFact } from '../api/analytics-types';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { count } from './metric-format';
import { formatWhen } from '../shell/format';
import { useRole } from '../shell/session-menu';
import { ErrorMessage } from '../shell/status';

/** Figures more than this far behind say so. */
const BEHIND_SECONDS = 120;

const FACT_NAMES: Record<ParkedFact['kind'], string> = {
  enrollment: 'Enrollment',
  timeline: 'Cadence step',
  'contact-decision': 'Contact decision',
  delivery: 'Delivery receipt',
  'account-event': 'Account event',
};

function behind(seconds: number): string {
  if (seconds < 3600) return `${Math.round(seconds / 60)} minutes`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)} hours`;
  return `${Math.round(seconds / 86_400)} days`;
}

const facts = (n: number) => `${count(n)} ${n === 1 ? 'fact' : 'facts'}`;

/** "As of …, N facts parked", with what to do about parked facts for the one who can. */
export function FreshnessNote({ freshness }: { freshness: AnalyticsFreshness }) {
  const role = useRole();
  const { projectedThrough, lagSeconds, parkedFacts } = freshness;
  const late = lagSeconds !== null && lagSeconds > BEHIND_SECONDS;
  return (
    <section className="freshness" aria-label="Freshness of the figures">
      <p className="muted">
        {projectedThrough ? `As of ${formatWhen(projectedThrough)}` : 'Not counted yet'}
        {parkedFacts > 0 ? `, ${facts(parkedFacts)} parked` : ''}.
        {late && ` The figures are ${behind(lagSeconds)} behind: what happened since is not counted yet; they catch up by themselves.`}
        {!projectedThrough && ' Activity appears here shortly after it happens.'}
      </p>
      {parkedFacts > 0 &&
        (role === 'admin' ? (
          <ParkedFactsPanel parked={parkedFacts} />
        ) : (
          <p className="muted">
            {facts(parkedFacts)} could not be counted, so the figures leave {parkedFacts === 1 ? 'it' : 'them'} out. An admin sees why on this page and
            can retry once the cause is fixed.
          </p>
        ))}
    </section>
  );
}

/** For admins: which facts are parked and why, and a retry once the cause is fixed. */
function ParkedFactsPanel({ parked }: { parked: number }) {
  const client = useQueryClient();
  const list = useQuery({ queryKey: queryKeys.parkedFacts, queryFn: () => kairosApi.parkedFacts() });
  const retry = useMutation({
    mutationFn: kairosApi.retryParkedFacts,
    // Every report may count the facts now.
    onSuccess: () => Promise.all(['dashboard', 'experiments', 'analytics-freshness', 'analytics-parked', 'version-analytics'].map((k) => client.invalidateQueries({ queryKey: [k] }))),
  });
  return (
    <div className="notice parked-facts">
      <p>
        <strong>{facts(parked)} could not be counted</strong> and are left out of these figures. Each is retried by itself, less often as
        it keeps failing (from every minute to every hour). Fix what the reason names (the stored row, or the system that wrote it),
        then retry them now.
      </p>
      {list.data && list.data.facts.length > 0 && (
        <table className="list-table">
          <caption>Parked facts, the most recently failing first</caption>
          <thead>
            <tr>
              <th scope="col">Fact</th>
              <th scope="col">Why</th>
              <th scope="col">Attempts</th>
              <th scope="col">Next attempt</th>
            </tr>
          </thead>
          <tbody>
            {list.data.facts.map((f) => (
              <tr key={`${f.kind}/${f.factId}`}>
                <th scope="row">
                  {FACT_NAMES[f.kind] ?? f.kind} <code>{f.factId}</code>
                </th>
                <td>{f.reason}</td>
                <td>{count(f.attempts)}</td>
                <td>{formatWhen(f.nextAttemptAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.isError && <ErrorMessage error={list.error} retry={() => void list.refetch()} title="The parked facts could not be listed" />}
      <button type="button" onClick={() => retry.mutate()} disabled={retry.isPending}>
        {retry.isPending ? 'Retrying…' : 'Retry parked facts now'}
      </button>
      {retry.data && (
        <p role="status">
          {facts(retry.data.projected)} counted now{retry.data.stillParked > 0 ? `; ${facts(retry.data.stillParked)} still parked: see why above.` : '.'}
        </p>
      )}
      {retry.isError && <ErrorMessage error={retry.error} title="The retry did not run" />}
    </div>
  );
}
