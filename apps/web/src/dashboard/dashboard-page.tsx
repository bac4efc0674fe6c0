import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { Dashboard } from '../api/analytics-types';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { count, percent } from '../analytics/metric-format';
import { EmptyState, Loading } from '../shell/status';
import { QueryError } from '../analytics/query-error';
import { FreshnessNote } from '../analytics/freshness-note';
import { ChannelComparison, CollectedPerDay, RollRates, TimeToRecovery } from './dashboard-charts';
import { DashboardExportButton } from './dashboard-export-button';
import { DashboardFilterForm } from './dashboard-filter-form';
import { dashboardFilter, dashboardParams } from './dashboard-filters';
import { KpiTiles } from './kpi-tiles';

/** `/dashboard?from=&to=&tier=&cadenceId=&versionId=`: the portfolio's KPIs and charts, exportable as CSV. */
export function DashboardPage({ today = new Date() }: { today?: Date }) {
  const [params, setParams] = useSearchParams();
  const filter = dashboardFilter(params, today);
  const dashboard = useQuery({ queryKey: queryKeys.dashboard({ ...filter }), queryFn: () => kairosApi.dashboard(filter), placeholderData: keepPreviousData });

  return (
    <div className="page dashboard-page">
      <div className="page-head">
        <h1>Portfolio dashboard</h1>
        <DashboardExportButton filter={filter} />
      </div>
      <DashboardFilterForm key={params.toString()} initial={filter} tiers={dashboard.data?.byTier.map((t) => t.tier).filter(Boolean) ?? []} onApply={(f) => setParams(dashboardParams(f))} />
      {dashboard.isPending && <Loading what="the dashboard" />}
      {dashboard.isFetching && !dashboard.isPending && (
        <p className="status" role="status">
          Updating the figures…
        </p>
      )}
      {dashboard.isError && <QueryError error={dashboard.error} retry={() => void dashboard.refetch()} title="The dashboard could not be loaded" />}
      {dashboard.data && <FreshnessNote freshness={dashboard.data.freshness} />}
      {dashboard.data && <DashboardView dashboard={dashboard.data} filtered={params.has('tier') || params.has('cadenceId')} />}
    </div>
  );
}

function DashboardView({ dashboard: d, filtered }: { dashboard: Dashboard; filtered: boolean }) {
  if (d.kpis.accountsEnrolled === 0) {
    return (
      <EmptyState title="No enrollments in these days">
        <p>
          {filtered ? 'No account of this tier or cadence was enrolled between these days: widen the days or clear a filter.' : 'Nothing was enrolled between these days.'}{' '}
          Figures appear once accounts are enrolled in a published cadence (<Link to="/cadences">Cadences</Link>) and contacts, promises and payments come in.
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <KpiTiles dashboard={d} />
      <div className="chart-grid">
        <CollectedPerDay dashboard={d} />
        <ChannelComparison dashboard={d} />
        <RollRates dashboard={d} />
        <TimeToRecovery dashboard={d} />
      </div>
      <table className="list-table">
        <caption>By tier</caption>
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">Accounts</th>
            <th scope="col">Recovery rate</th>
            <th scope="col">Promise-kept rate</th>
          </tr>
        </thead>
        <tbody>
          {d.byTier.map((t) => (
            <tr key={t.tier}>
              <th scope="row">{t.tier || 'No tier'}</th>
              <td>{count(t.accounts)}</td>
              <td>{percent(t.recoveryRate)}</td>
              <td>{percent(t.promiseKeptRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
