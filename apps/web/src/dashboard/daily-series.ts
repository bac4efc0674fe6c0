// The collected-per-day chart's days: the API lists only days with activity.
import type { Dashboard } from '../api/analytics-types';

/** Every day of the range, with zeros on days without activity, so the time axis does not skip days. */
export function everyDay(d: Pick<Dashboard, 'daily' | 'range'>): Dashboard['daily'] {
  const byDate = new Map(d.daily.map((x) => [x.date, x]));
  const out: Dashboard['daily'] = [];
  const last = Date.parse(`${d.range.to}T00:00:00Z`);
  for (let t = Date.parse(`${d.range.from}T00:00:00Z`); t <= last && out.length < 800; t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    out.push(byDate.get(date) ?? { date, collectedMinor: 0, contacts: 0, promises: 0, payments: 0 });
  }
  return out;
}
