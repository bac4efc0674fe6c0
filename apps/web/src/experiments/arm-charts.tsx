// The experiment's two pictures: the paid share of each arm with its 95% interval, and the share who have
// paid by each day after entering the arm (Kaplan–Meier curves), each with its numbers as a table.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, LineChart, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { ArmResult } from '../api/analytics-types';
import { ChartFigure } from '../analytics/chart-figure';
import { ChartBox } from '../analytics/chart-box';
import { seriesColor } from '../analytics/chart-colors';
import { percent } from '../analytics/metric-format';

const pct = (x: number) => Math.round(x * 1000) / 10;

export function PaidShareIntervals({ arms }: { arms: ArmResult[] }) {
  // Each arm: a bar spanning its interval and a marker at its share (a forest plot turned upright).
  const data = arms.map((a) => ({ label: a.label, share: a.paidShare === null ? null : pct(a.paidShare), interval: [pct(a.paidShareInterval[0]), pct(a.paidShareInterval[1])] }));
  return (
    <ChartFigure
      title="Share who paid, with 95% intervals"
      description="For each arm, the bar spans the 95% Wilson interval of the share of accounts that paid; the mark is the share itself. Overlapping bars alone do not decide a test: the verdict above does."
      table={{
        columns: ['Arm', 'Share who paid', '95% interval from', '95% interval to', 'Paid / enrolled'],
        rows: arms.map((a) => [a.label, percent(a.paidShare), percent(a.paidShareInterval[0]), percent(a.paidShareInterval[1]), `${a.paidAccounts} / ${a.enrolled}`]),
      }}
    >
      <ChartBox>
        {(size) => (
          <ComposedChart {...size} data={data} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" />
            <YAxis unit="%" domain={[0, 100]} />
            <Tooltip formatter={(v) => (Array.isArray(v) ? `${String(v[0])}% to ${String(v[1])}%` : `${String(v)}%`)} />
            <Bar dataKey="interval" name="95% interval" fill="#99f6e4" stroke={seriesColor(0)} barSize={28} isAnimationActive={false} />
            <Scatter dataKey="share" name="Share who paid" fill="#0f172a" shape="diamond" isAnimationActive={false} />
          </ComposedChart>
        )}
      </ChartBox>
    </ChartFigure>
  );
}

/** One row per day with each arm's share paid by then, for the curves and their table. */
export function curveRows(arms: ArmResult[]): Array<Record<string, number>> {
  const byDay = new Map<number, Record<string, number>>();
  for (const a of arms) {
    for (const p of a.timeToFirstPayment.curve) {
      const row = byDay.get(p.day) ?? { day: p.day };
      row[a.key] = pct(p.paidShare);
      byDay.set(p.day, row);
    }
  }
  return [...byDay.values()].sort((x, y) => x.day! - y.day!);
}

export function TimeToFirstPayment({ arms }: { arms: ArmResult[] }) {
  const rows = curveRows(arms);
  return (
    <ChartFigure
      title="Time to first payment"
      description="The share of each arm's accounts that have paid by each day after entering it (Kaplan–Meier: accounts still in the test count until they leave)."
      table={{
        columns: ['Day', ...arms.map((a) => a.label)],
        rows: rows.map((r) => [r.day!, ...arms.map((a) => (r[a.key] === undefined ? '—' : `${r[a.key]!.toFixed(1)}%`))]),
      }}
    >
      <ChartBox>
        {(size) => (
        <LineChart {...size} data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" type="number" domain={[0, 'dataMax']} unit=" d" />
          <YAxis unit="%" domain={[0, 'auto']} />
          <Tooltip formatter={(v) => `${String(v)}%`} labelFormatter={(d) => `Day ${String(d)}`} />
          <Legend />
          {arms.map((a, i) => (
            <Line key={a.key} dataKey={a.key} name={a.label} type="stepAfter" stroke={seriesColor(i)} strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      )}
      </ChartBox>
    </ChartFigure>
  );
}
