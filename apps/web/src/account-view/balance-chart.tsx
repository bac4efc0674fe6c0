import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from '../analytics/chart-box';
import { ChartFigure } from '../analytics/chart-figure';
import { seriesColor } from '../analytics/chart-colors';
import { formatCents, formatWhen } from '../shell/format';
import type { AccountStory } from './story';

/** The balance each payment left, then today's: a picture of how the debt came down. */
export function BalanceChart({ series, currency }: { series: AccountStory['balanceSeries']; currency: string }) {
  const data = series.map((p) => ({ at: p.at.slice(0, 10), balance: p.balanceCents }));
  return (
    <ChartFigure title="Balance over time" table={{ columns: ['When', 'Balance'], rows: series.map((p) => [formatWhen(p.at), formatCents(p.balanceCents, currency)]) }}>
      <ChartBox height={200}>
        {(size) => (
          <LineChart {...size} data={data} margin={{ top: 12, right: 16, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="at" minTickGap={24} />
            <YAxis tickFormatter={(v: number) => formatCents(v, currency)} width={80} />
            <Tooltip formatter={(v) => formatCents(Number(v), currency)} />
            <Line type="stepAfter" dataKey="balance" name="Balance" stroke={seriesColor(0)} isAnimationActive={false} />
          </LineChart>
        )}
      </ChartBox>
    </ChartFigure>
  );
}
