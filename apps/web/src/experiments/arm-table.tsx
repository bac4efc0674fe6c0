// Every metric of the contract for each arm, intention to treat: arms are columns so they read side by side.
import type { ArmResult } from '../api/analytics-types';
import { costRatio, count, days, money, percent } from '../analytics/metric-format';

type Row = [label: string, value: (a: ArmResult) => string];

const RESULTS: Row[] = [
  ['Enrolled', (a) => count(a.enrolled)],
  ['Contacted', (a) => count(a.contacted)],
  ['Right-party contact rate', (a) => `${percent(a.rpcRate)} (${count(a.rightPartyContacts)})`],
  ['Promise rate', (a) => `${percent(a.promiseRate)} (${count(a.promises)})`],
  ['Promise-kept rate', (a) => `${percent(a.promiseKeptRate)} (${count(a.promisesKept)})`],
  ['Share who paid', (a) => `${percent(a.paidShare)} (${count(a.paidAccounts)})`],
  ['Share who paid, 95% interval', (a) => `${percent(a.paidShareInterval[0])} to ${percent(a.paidShareInterval[1])}`],
  ['Amount collected / placed', (a) => `${percent(a.recoveryRate)} (${money(a.amountCollectedMinor, a.currency)} of ${money(a.amountPlacedMinor, a.currency)})`],
  ['Median time to first payment', (a) => (a.timeToFirstPayment.medianDays === null && a.enrolled > 0 ? 'not reached: under half have paid' : days(a.timeToFirstPayment.medianDays))],
  ['Cost of contacts', (a) => money(a.costMinor, a.currency)],
  ['Cost to collect', (a) => costRatio(a.costToCollect, a.currency)],
];

const GUARDRAILS: Row[] = [
  ['Opt-outs', (a) => count(a.guardrails.optOuts)],
  ['Complaints', (a) => count(a.guardrails.complaints)],
  ['Disputes', (a) => count(a.guardrails.disputes)],
  ['Contacts suppressed by compliance', (a) => count(a.guardrails.suppressedContacts)],
];

function ArmMetricsTable({ caption, arms, rows }: { caption: string; arms: ArmResult[]; rows: Row[] }) {
  return (
    <table className="list-table arm-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          {arms.map((a) => (
            <th scope="col" key={a.arm}>
              {a.label}
              {a.control && <span className="badge">control</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {arms.map((a) => (
              <td key={a.arm}>{value(a)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ArmResultsTable({ arms }: { arms: ArmResult[] }) {
  return <ArmMetricsTable caption="Results by arm (intention to treat: every account assigned counts in its arm)" arms={arms} rows={RESULTS} />;
}

export function GuardrailsTable({ arms }: { arms: ArmResult[] }) {
  return <ArmMetricsTable caption="Guardrails: harm a winning arm must not buy its results with" arms={arms} rows={GUARDRAILS} />;
}
