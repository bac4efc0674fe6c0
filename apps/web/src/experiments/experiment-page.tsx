import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { PRIMARY_METRICS, type ExperimentReport, type PrimaryMetric } from '../api/analytics-types';
import { ApiError } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { DateRangeFields } from '../analytics/date-range-fields';
import { rangeFromParams, withParams } from '../analytics/date-range';
import { count } from '../analytics/metric-format';
import { formatWhen } from '../shell/format';
import { useRole } from '../shell/session-menu';
import { EmptyState, Loading } from '../shell/status';
import { QueryError } from '../analytics/query-error';
import { FreshnessNote } from '../analytics/freshness-note';
import { PaidShareIntervals, TimeToFirstPayment } from './arm-charts';
import { ArmResultsTable, GuardrailsTable } from './arm-table';
import { comparisonText, METRIC_NAMES } from './comparison-text';
import { PROMOTERS, PromoteArm } from './promote-arm';

const isMetric = (m: string | null): m is PrimaryMetric => (PRIMARY_METRICS as readonly string[]).includes(m ?? '');

/** `/experiments/:experimentId?cadenceId=&from=&to=&metric=`: one A/B split's arms, compared. */
export function ExperimentPage({ today = new Date() }: { today?: Date }) {
  const { experimentId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const cadenceId = params.get('cadenceId') ?? undefined;
  // Days the address names; without them the API reports the whole experiment (from its first assignment to today).
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const metricParam = params.get('metric');
  const metric: PrimaryMetric = isMetric(metricParam) ? metricParam : 'paidShare';
  const query = { cadenceId, from, to, primaryMetric: metric };
  const report = useQuery({
    queryKey: queryKeys.experiment(experimentId, query),
    queryFn: () => kairosApi.experimentReport(experimentId, query),
    placeholderData: keepPreviousData,
  });
  const started = report.data?.experiment.firstAssignedAt?.slice(0, 10);
  const shown = new URLSearchParams();
  if (from ?? started) shown.set('from', (from ?? started)!);
  if (to) shown.set('to', to);
  const range = rangeFromParams(shown, today);

  return (
    <div className="page experiment-page">
      <div className="page-head">
        <Link to="/experiments" className="back-link">
          All experiments
        </Link>
        <h1>Experiment {experimentId}</h1>
        {report.data && (
          <span className="muted">
            in <Link to={`/cadences/${encodeURIComponent(report.data.experiment.cadenceId)}`}>{report.data.experiment.cadenceName}</Link> ·{' '}
            {count(report.data.experiment.enrolled)} accounts since {formatWhen(report.data.experiment.firstAssignedAt)}
          </span>
        )}
      </div>
      <DateRangeFields key={`${range.from}/${range.to}`} range={range} onApply={(r) => setParams(withParams(params, { from: r.from, to: r.to }))}>
        <label>
          Compare on{' '}
          <select value={metric} onChange={(e) => setParams(withParams(params, { metric: e.target.value }))}>
            {PRIMARY_METRICS.map((m) => (
              <option key={m} value={m}>
                {METRIC_NAMES[m]}
              </option>
            ))}
          </select>
        </label>
      </DateRangeFields>
      {report.isPending && <Loading what="the experiment's results" />}
      {report.isFetching && !report.isPending && (
        <p className="status" role="status">
          Updating the results…
        </p>
      )}
      {report.isError && <ReportError error={report.error} retry={() => void report.refetch()} />}
      {report.data && <ReportView report={report.data} />}
    </div>
  );
}

function ReportError({ error, retry }: { error: unknown; retry(): void }) {
  if (error instanceof ApiError && error.status === 404) {
    return (
      <EmptyState title="This experiment does not exist">
        <p>
          No A/B split of that id has assigned accounts. <Link to="/experiments">See the experiments</Link> that have.
        </p>
      </EmptyState>
    );
  }
  return <QueryError error={error} retry={retry} title="The experiment's results could not be loaded" />;
}

function ReportView({ report }: { report: ExperimentReport }) {
  const role = useRole();
  const { experiment, arms } = report;
  if (arms.every((a) => a.enrolled === 0)) {
    return (
      <>
        <FreshnessNote freshness={report.freshness} />
        <EmptyState title="No accounts in these days">
          <p>No account reached the A/B split between these days. Widen the dates, or wait for enrollments to reach it.</p>
        </EmptyState>
      </>
    );
  }
  const promotable = PROMOTERS.includes(role ?? '') ? arms.filter((a) => !a.control) : [];
  return (
    <>
      <FreshnessNote freshness={report.freshness} />
      <section className="verdicts" aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">What the test says ({METRIC_NAMES[report.primaryMetric] ?? report.primaryMetric})</h2>
        <ul>
          {report.comparisons.map((c) => (
            <li key={`${c.arm}-${c.against}`} className={`verdict verdict-${c.verdict}`}>
              {comparisonText(c, report)}
            </li>
          ))}
        </ul>
        <p className="muted">
          {report.test.name} at α = {report.test.alpha}: {report.test.explanation}
        </p>
        {promotable.length > 0 && (
          <div className="row-actions" role="group" aria-label="Promote an arm">
            {promotable.map((a) => (
              <PromoteArm key={a.arm} experimentId={experiment.experimentId} cadenceId={experiment.cadenceId} cadenceName={experiment.cadenceName} arm={a} />
            ))}
          </div>
        )}
      </section>
      <ArmResultsTable arms={arms} />
      <div className="chart-grid">
        <PaidShareIntervals arms={arms} />
        <TimeToFirstPayment arms={arms} />
      </div>
      <GuardrailsTable arms={arms} />
      <p className="muted">Computed {formatWhen(report.generatedAt)}.</p>
    </>
  );
}
