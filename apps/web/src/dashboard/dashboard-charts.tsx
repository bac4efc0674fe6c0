// The dashboard's four pictures, each with its numbers as a table: money collected per day, channels side by
// side, roll rates between days-past-due buckets, and the share of accounts recovered by day.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Dashboard } from '../api/analytics-types';
import { ChartBox } from '../analytics/chart-box';
import { ChartFigure } from '../analytics/chart-figure';
import { seriesColor } from '../analytics/chart-colors';
import { costRatio, count, money, percent } from '../analytics/metric-format';
import { everyDay } from './daily-series';

const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
const MARGIN = { top: 12, right: 16, bottom: 4, left: 8 };
const BUCKET_NAMES: Record<string, string> = { pre_due: 'Pre-due', '1-15': '1–15 DPD', '16-30': '16–30 DPD', '31-60': '31–60 DPD', '60+': '60+ DPD', paid: 'Paid' };
export const bucketName = (b: string) => BUCKET_NAMES[b] ?? b;
/** Where accounts of a bucket went: the next bucket, paid, or stayed. */
export const rollName = (from: string, to: string) => (from === to ? `Stayed in ${bucketName(from)}` : `${bucketName(from)} → ${bucketName(to)}`);

const compactMoney = (currency: string) => {
  const f = new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  return (major: number) => f.format(major);
};

export function CollectedPerDay({ dashboard: d }: { dashboard: Dashboard }) {
  const days = everyDay(d);
  const data = days.map((x) => ({ date: x.date, collected: x.collectedMinor / 100 }));
  return (
    <ChartFigure
      title="Collected per day"
      table={{
        columns: ['Day', 'Collected', 'Payments', 'Promises', 'Contacts'],
        rows: d.daily.map((x) => [x.date, money(x.collectedMinor, d.currency), count(x.payments), count(x.promises), count(x.contacts)]),
      }}
    >
      <ChartBox>
        {(size) => (
          <BarChart {...size} data={data} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="date" minTickGap={24} />
            <YAxis tickFormatter={compactMoney(d.currency)} width={64} />
            <Tooltip formatter={(v) => money(Math.round(Number(v) * 100), d.currency)} />
            <Bar dataKey="collected" name="Collected" fill={seriesColor(0)} isAnimationActive={false} />
          </BarChart>
        )}
      </ChartBox>
    </ChartFigure>
  );
}

export function ChannelComparison({ dashboard: d }: { dashboard: Dashboard }) {
  const data = d.byChannel.map((c) => ({ channel: c.channel, contact: pct(c.contactRate), rpc: pct(c.rightPartyContactRate) }));
  return (
    <ChartFigure
      title="Channels compared"
      description="Contact rate (delivered of attempted) and right-party contact rate per channel; cost per amount collected in the table."
      table={{
        columns: ['Channel', 'Attempts', 'Delivered', 'Suppressed by compliance', 'Contact rate', 'Right-party contact rate', 'Cost', 'Cost per amount collected'],
        rows: d.byChannel.map((c) => [
          c.channel,
          count(c.attempts),
          count(c.delivered),
          count(c.suppressed),
          percent(c.contactRate),
          percent(c.rightPartyContactRate),
          money(c.costMinor, d.currency),
          costRatio(c.costPerCollected, d.currency),
        ]),
      }}
    >
      <ChartBox>
        {(size) => (
          <BarChart {...size} data={data} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="channel" />
            <YAxis unit="%" domain={[0, 100]} />
            <Tooltip formatter={(v) => `${String(v)}%`} />
            <Legend />
            <Bar dataKey="contact" name="Contact rate" fill={seriesColor(0)} isAnimationActive={false} />
            <Bar dataKey="rpc" name="Right-party contact rate" fill={seriesColor(1)} isAnimationActive={false} />
          </BarChart>
        )}
      </ChartBox>
    </ChartFigure>
  );
}

export function RollRates({ dashboard: d }: { dashboard: Dashboard }) {
  const data = d.rollRates.map((r) => ({ move: rollName(r.from, r.to), rate: pct(r.rate) }));
  return (
    <ChartFigure
      title="Roll rates between DPD buckets"
      description="Of the accounts in a days-past-due bucket, the share that moved on to each next state (a later bucket, paid, or stayed)."
      table={{
        columns: ['From', 'To', 'Accounts', 'Share of the bucket'],
        rows: d.rollRates.map((r) => [bucketName(r.from), r.from === r.to ? 'Stayed' : bucketName(r.to), count(r.accounts), percent(r.rate)]),
      }}
    >
      <ChartBox>
        {(size) => (
          <BarChart {...size} data={data} layout="vertical" margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" unit="%" domain={[0, 100]} />
            <YAxis type="category" dataKey="move" width={170} />
            <Tooltip formatter={(v) => `${String(v)}%`} />
            <Bar dataKey="rate" name="Roll rate" fill={seriesColor(2)} isAnimationActive={false} />
          </BarChart>
        )}
      </ChartBox>
    </ChartFigure>
  );
}

export function TimeToRecovery({ dashboard: d }: { dashboard: Dashboard }) {
  const data = d.timeToRecovery.map((p) => ({ day: p.day, share: pct(p.recoveredShare) }));
  return (
    <ChartFigure
      title="Time to recovery"
      description="The share of enrolled accounts that have paid in full by each day after enrolling."
      table={{ columns: ['Day', 'Recovered'], rows: d.timeToRecovery.map((p) => [p.day, percent(p.recoveredShare)]) }}
    >
      <ChartBox>
        {(size) => (
          <LineChart {...size} data={data} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" type="number" domain={[0, 'dataMax']} unit=" d" />
            <YAxis unit="%" domain={[0, 'auto']} />
            <Tooltip formatter={(v) => `${String(v)}%`} labelFormatter={(x) => `Day ${String(x)}`} />
            <Line dataKey="share" name="Recovered" type="stepAfter" stroke={seriesColor(0)} strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        )}
      </ChartBox>
    </ChartFigure>
  );
}
