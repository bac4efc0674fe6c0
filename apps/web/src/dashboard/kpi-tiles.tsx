import type { Dashboard } from '../api/analytics-types';
import { costRatio, count, days, money, percent } from '../analytics/metric-format';

/** The portfolio's headline numbers, each a labelled tile (a definition list, so each value reads with its name). */
export function KpiTiles({ dashboard: d }: { dashboard: Dashboard }) {
  const k = d.kpis;
  const tiles: Array<[string, string, string?]> = [
    ['Recovery rate', percent(k.recoveryRate), `${money(k.amountCollectedMinor, d.currency)} of ${money(k.amountPlacedMinor, d.currency)} placed`],
    ['Promise-kept rate', percent(k.promiseKeptRate)],
    ['Right-party contact rate', percent(k.rightPartyContactRate)],
    ['Contact rate', percent(k.contactRate)],
    ['Cost per amount collected', costRatio(k.costPerCollected, d.currency, 'short'), `${money(k.costMinor, d.currency)} spent on contacts`],
    ['Median time to recovery', days(k.medianDaysToRecovery)],
    ['Accounts enrolled', count(k.accountsEnrolled)],
  ];
  return (
    <section aria-label="Key figures">
      <dl className="kpi-tiles">
      {tiles.map(([label, value, note]) => (
        <div className="kpi-tile" key={label}>
          <dt>{label}</dt>
          <dd>
            <span className="kpi-value">{value}</span>
            {note && <span className="kpi-note muted">{note}</span>}
          </dd>
        </div>
      ))}
      </dl>
    </section>
  );
}
