import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { ExperimentSummary } from '../api/analytics-types';
import { count } from '../analytics/metric-format';
import { FreshnessNote } from '../analytics/freshness-note';
import { formatWhen } from '../shell/format';
import { EmptyState, ErrorMessage, Loading } from '../shell/status';

export const experimentPath = (e: Pick<ExperimentSummary, 'experimentId' | 'cadenceId'>) =>
  `/experiments/${encodeURIComponent(e.experimentId)}?cadenceId=${encodeURIComponent(e.cadenceId)}`;

/** `/experiments`: every A/B split that has assigned accounts, newest first. */
export function ExperimentsPage() {
  const experiments = useQuery({ queryKey: queryKeys.experiments(), queryFn: () => kairosApi.listExperiments() });
  // Asked once the list has answered: the list counts what was committed before it, the freshness says through when.
  const freshness = useQuery({ queryKey: queryKeys.analyticsFreshness, queryFn: kairosApi.analyticsFreshness, enabled: experiments.isSuccess });
  return (
    <div className="page experiments-page">
      <div className="page-head">
        <h1>Experiments</h1>
      </div>
      {experiments.isPending && <Loading what="experiments" />}
      {experiments.isError && <ErrorMessage error={experiments.error} retry={() => void experiments.refetch()} title="Experiments could not be loaded" />}
      {freshness.data && <FreshnessNote freshness={freshness.data} />}
      {experiments.data?.length === 0 && (
        <EmptyState title="No experiments yet">
          <p>
            An experiment starts when a published cadence has an <strong>A/B split</strong> step and accounts reach it. Open a
            cadence, add <em>A/B split</em> from the palette's Logic group, give it an experiment id and arms with weights that add up
            to 100% (a control group is optional), wire each arm to its journey, then submit, have it approved and publish.
          </p>
          <p>
            <Link to="/cadences">Open the cadences</Link>
          </p>
        </EmptyState>
      )}
      {experiments.data && experiments.data.length > 0 && (
        <table className="list-table">
          <caption className="visually-hidden">Experiments, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Experiment</th>
              <th scope="col">Cadence</th>
              <th scope="col">Arms</th>
              <th scope="col">Accounts</th>
              <th scope="col">Running since</th>
              <th scope="col">Last assignment</th>
            </tr>
          </thead>
          <tbody>
            {experiments.data.map((e) => (
              <tr key={`${e.cadenceId}/${e.experimentId}`}>
                <td>
                  <Link to={experimentPath(e)}>{e.experimentId}</Link>
                </td>
                <td>
                  <Link to={`/cadences/${encodeURIComponent(e.cadenceId)}`}>{e.cadenceName}</Link>
                </td>
                <td>{e.arms.map((a) => `${a.label} ${a.weight}%`).join(' · ')}</td>
                <td>{count(e.enrolled)}</td>
                <td>{formatWhen(e.firstAssignedAt)}</td>
                <td>{formatWhen(e.lastAssignedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
