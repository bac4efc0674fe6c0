import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from '../analytics/chart-box';
import { ChartFigure } from '../analytics/chart-figure';
import { seriesColor } from '../analytics/chart-colors';
import type { Schemas } from '../api/types';

type Exclusion = Schemas['EnrollmentPreview']['excludedBy'][number];

/** How many accounts each reason keeps out, one bar per reason that applies (the table beside it has the numbers). */
export function ExclusionChart({ excludedBy }: { excludedBy: Exclusion[] }) {
  const data = excludedBy.filter((r) => r.count > 0).map((r) => ({ reason: r.text, count: r.count }));
  return (
    <ChartFigure title="Excluded, by reason" table={{ columns: ['Reason', 'Accounts'], rows: data.map((d) => [d.reason, d.count]) }}>
      <ChartBox height={Math.max(90, 36 * data.length + 40)}>
        {(size) => (
          <BarChart {...size} data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="reason" width={Math.min(280, Math.round(size.width * 0.45))} />
            <Tooltip />
            <Bar dataKey="count" name="Accounts" fill={seriesColor(2)} isAnimationActive={false} />
          </BarChart>
        )}
      </ChartBox>
    </ChartFigure>
  );
}
