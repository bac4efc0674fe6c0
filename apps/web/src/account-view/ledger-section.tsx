import { formatCents, formatWhen } from '../shell/format';
import { BalanceChart } from './balance-chart';
import { StorySection } from './section';
import type { AccountStory } from './story';

/** Payments, failed payments, promises and plans, newest first, with the balance over time. */
export function LedgerSection({ story, onMore, children }: { story: AccountStory; onMore: () => void; children?: React.ReactNode }) {
  const { ledger, ledgerMore } = story;
  const money = (cents: number) => formatCents(cents, ledger.currency);
  const empty = ledger.payments.length + ledger.failedPayments.length + ledger.promises.length + ledger.plans.length === 0;
  return (
    <StorySection
      title="Ledger"
      isEmpty={false}
      empty=""
      more={ledgerMore.payments || ledgerMore.failedPayments || ledgerMore.promises || ledgerMore.plans}
      onMore={onMore}
    >
      {children}
      {empty ? (
        <p className="muted">No payment, promise or plan yet: payments reported by the processor or an agent, promises and accepted plans appear here.</p>
      ) : (
        <>
          {story.balanceSeries.length > 1 && <BalanceChart series={story.balanceSeries} currency={ledger.currency} />}
          <table className="list-table">
            <caption>Payments and failed payments</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Amount</th>
                <th scope="col">Balance after</th>
                <th scope="col">Reported by</th>
              </tr>
            </thead>
            <tbody>
              {ledger.payments.length + ledger.failedPayments.length === 0 && (
                <tr>
                  <td colSpan={5} className="muted">No payment yet</td>
                </tr>
              )}
              {[
                ...ledger.payments.map((p) => ({ key: p.eventId, at: p.occurredAt, what: `Payment (${p.kind})`, amount: p.amountCents, after: p.balanceAfterCents, source: p.source })),
                ...ledger.failedPayments.map((p) => ({ key: p.eventId, at: p.occurredAt, what: `Failed payment${p.reason ? `: ${p.reason}` : ''}`, amount: p.amountCents, after: null, source: p.source })),
              ]
                .sort((a, b) => b.at.localeCompare(a.at))
                .map((r) => (
                  <tr key={`${r.what}-${r.key}`}>
                    <td>{formatWhen(r.at)}</td>
                    <td>{r.what}</td>
                    <td>{money(r.amount)}</td>
                    <td>{r.after === null ? '—' : money(r.after)}</td>
                    <td>{r.source}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <table className="list-table">
            <caption>Promises to pay</caption>
            <thead>
              <tr>
                <th scope="col">Made</th>
                <th scope="col">Amount</th>
                <th scope="col">By</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {ledger.promises.length === 0 && (
                <tr>
                  <td colSpan={4} className="muted">No promise yet</td>
                </tr>
              )}
              {ledger.promises.map((p) => (
                <tr key={p.eventId}>
                  <td>{formatWhen(p.occurredAt)}</td>
                  <td>{money(p.amountCents)}</td>
                  <td>{p.promisedDate}</td>
                  <td>
                    {p.outcome}
                    {p.paidCents > 0 ? ` (${money(p.paidCents)} paid)` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {ledger.plans.length > 0 && (
            <table className="list-table">
              <caption>Payment plans</caption>
              <thead>
                <tr>
                  <th scope="col">Plan</th>
                  <th scope="col">Status</th>
                  <th scope="col">Total</th>
                  <th scope="col">Installments</th>
                </tr>
              </thead>
              <tbody>
                {ledger.plans.map((p) => (
                  <tr key={p.offerId}>
                    <td>{p.frequency ?? 'plan'}</td>
                    <td>{p.status}</td>
                    <td>{money(p.totalCents)}</td>
                    <td>{p.installments.map((i) => `${i.dueDate} ${money(i.amountCents)} ${i.status}`).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </StorySection>
  );
}
