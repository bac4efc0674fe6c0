import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CHANNELS, type AnalyticsSettings } from '../api/analytics-types';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { QueryError } from '../analytics/query-error';
import { useRole } from '../shell/session-menu';
import { Loading } from '../shell/status';
import { ChannelCostsForm } from './channel-costs-form';
import { CHANNEL_NAMES, majorText } from './unit-cost-form';

/** Who may change the costs; every analytics reader sees them (the API says the same). */
export const COST_EDITORS = ['admin'];

/** `/channel-costs`: what one contact attempt costs per channel; administrators change it, other analytics readers read it. */
export function ChannelCostsPage() {
  const role = useRole();
  const settings = useQuery({ queryKey: queryKeys.analyticsSettings, queryFn: kairosApi.analyticsSettings });
  return (
    <div className="page channel-costs-page">
      <div className="page-head">
        <h1>Channel costs</h1>
      </div>
      <p className="page-intro">
        Kairos multiplies the contact attempts on each channel by its cost here to show the cost to collect on the{' '}
        <Link to="/dashboard">dashboard</Link> and on each experiment’s page; a change re-prices past attempts too.
      </p>
      {settings.isPending && <Loading what="the channel costs" />}
      {settings.isError && <QueryError error={settings.error} retry={() => void settings.refetch()} title="The channel costs could not be loaded" />}
      {settings.data && (COST_EDITORS.includes(role ?? '') ? <ChannelCostsForm saved={settings.data} /> : <ChannelCostsTable settings={settings.data} />)}
    </div>
  );
}

function ChannelCostsTable({ settings: s }: { settings: AnalyticsSettings }) {
  return (
    <>
      <table className="list-table channel-costs-table">
        <caption>Cost of one contact attempt</caption>
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col">Cost</th>
          </tr>
        </thead>
        <tbody>
          {CHANNELS.map((c) => (
            <tr key={c}>
              <th scope="row">{CHANNEL_NAMES[c]}</th>
              <td>
                {majorText(s.unitCostMinor[c] ?? 0, s.currency)} {s.currency}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Only an administrator can change these costs: ask one if they are out of date.</p>
    </>
  );
}
