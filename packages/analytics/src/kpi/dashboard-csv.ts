// The dashboard as CSV: one row per day of the range and channel (docs/api.md lists the columns).
import { CHANNELS, type DailyRollupRow } from './dashboard';

export const DASHBOARD_CSV_COLUMNS = [
  'date',
  'channel',
  'attempts',
  'delivered',
  'suppressed',
  'right_party_contacts',
  'contact_rate',
  'right_party_contact_rate',
  'cost_minor',
  'day_collected_minor',
  'day_payments',
  'day_promises',
  'day_promises_kept',
  'day_accounts_enrolled',
  'currency',
] as const;

const DAY_MS = 86_400_000;
const ratio = (k: number, n: number) => (n > 0 ? (k / n).toFixed(4) : '');

/** Header then one row per day (from..to, UTC) and channel; day_* columns repeat the day's totals. */
export function dashboardCsvRows(rollup: readonly DailyRollupRow[], o: { from: string; to: string; currency: string; unitCostMinor: Record<string, number> }): string[][] {
  const cell = new Map<string, number>();
  const bump = (key: string, n: number) => cell.set(key, (cell.get(key) ?? 0) + n);
  for (const r of rollup) {
    const day = r.day;
    if (r.type === 'contact') bump(`${day}|${r.channel}|${r.outcome === 'allow' ? 'attempts' : r.outcome === 'block' ? 'suppressed' : 'deferred'}`, r.events);
    else if (r.type === 'delivery' && r.outcome === 'delivered') bump(`${day}|${r.channel}|delivered`, r.events);
    else if (r.type === 'right_party_contact') bump(`${day}|${r.channel}|rpc`, r.events);
    else if (r.type === 'payment') {
      bump(`${day}||collected`, r.amountMinor);
      bump(`${day}||payments`, r.events);
    } else if (r.type === 'payment_failed' && r.outcome === 'returned') bump(`${day}||collected`, -r.amountMinor);
    else if (r.type === 'promise') bump(`${day}||promises`, r.events);
    else if (r.type === 'promise_kept') bump(`${day}||kept`, r.events);
    else if (r.type === 'enrolled') bump(`${day}||enrolled`, r.events);
  }
  const get = (key: string) => cell.get(key) ?? 0;
  const rows: string[][] = [[...DASHBOARD_CSV_COLUMNS]];
  for (let t = Date.parse(`${o.from}T00:00:00Z`); t <= Date.parse(`${o.to}T00:00:00Z`); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    for (const channel of CHANNELS) {
      const attempts = get(`${day}|${channel}|attempts`);
      const delivered = get(`${day}|${channel}|delivered`);
      const rpc = get(`${day}|${channel}|rpc`);
      rows.push([
        day,
        channel,
        String(attempts),
        String(delivered),
        String(get(`${day}|${channel}|suppressed`)),
        String(rpc),
        ratio(delivered, attempts),
        ratio(rpc, attempts),
        String(attempts * (o.unitCostMinor[channel] ?? 0)),
        String(get(`${day}||collected`)),
        String(get(`${day}||payments`)),
        String(get(`${day}||promises`)),
        String(get(`${day}||kept`)),
        String(get(`${day}||enrolled`)),
        o.currency,
      ]);
    }
  }
  return rows;
}
