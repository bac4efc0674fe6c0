import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { formatCents } from '../shell/format';
import { EmptyState, ErrorMessage, Loading } from '../shell/status';
import { IMPORTERS } from '../imports/import-portfolios';
import { AccountFilterForm } from './account-filter-form';
import { daysPastDue, filterParams, hasFilter, PAGE_SIZE, STATUS_TEXT, toApiQuery, viewFromParams, viewToParams, type AccountListView, type AccountSort, type ListedAccount } from './account-list-params';

/** Who may make test accounts (the API refuses others anyway). */
const ENROLLERS = ['strategist', 'engineer', 'admin'];

/** `/accounts`: the accounts of your portfolios, filtered, sorted and paged on the server; the address holds the view. */
export function AccountListPage() {
  const [params, setParams] = useSearchParams();
  const view = viewFromParams(params);
  const me = useQuery({ queryKey: queryKeys.me, queryFn: kairosApi.me, staleTime: 60_000 });
  const role = me.data?.user?.role ?? '';
  const show = (next: AccountListView) => setParams(viewToParams(next));

  return (
    <div className="page accounts-page">
      <div className="page-head">
        <h1>Accounts</h1>
        {IMPORTERS.includes(role) && (
          <Link className="button-link" to="/imports">
            Import accounts
          </Link>
        )}
        {ENROLLERS.includes(role) && (
          <Link className="button-link" to="/accounts/new">
            New test account
          </Link>
        )}
      </div>
      <AccountFilterForm key={params.toString()} view={view} onApply={(f) => show({ ...f, sort: view.sort, order: view.order, page: 1 })} />
      <AccountTable view={view} show={show} canImport={IMPORTERS.includes(role)} canEnroll={ENROLLERS.includes(role)} />
    </div>
  );
}

const COLUMNS: ReadonlyArray<{ label: string; sort?: AccountSort; desc?: string }> = [
  { label: 'Account', sort: 'id' },
  { label: 'Name', sort: 'name' },
  { label: 'Portfolio' },
  { label: 'Balance', sort: 'balance' },
  // Sorting by due date ascending is the highest DPD first.
  { label: 'DPD', sort: 'due' },
  { label: 'Tier' },
  { label: 'Status' },
];

function AccountTable({ view, show, canImport, canEnroll }: { view: AccountListView; show(v: AccountListView): void; canImport: boolean; canEnroll: boolean }) {
  const query = toApiQuery(view);
  const page = useQuery({ queryKey: queryKeys.accountList(query), queryFn: () => kairosApi.listAccounts(query), placeholderData: keepPreviousData });
  if (page.isPending) return <Loading what="the accounts" />;
  if (page.isError) return <ErrorMessage error={page.error} retry={() => void page.refetch()} />;
  const { accounts, totals } = page.data;
  if (totals.count === 0) {
    return hasFilter(view) ? (
      <EmptyState
        title="No account matches these filters"
        action={
          <button type="button" onClick={() => show({ ...view, portfolio: [], dpd: [], tier: [], balanceMin: undefined, balanceMax: undefined, status: [], q: '', page: 1 })}>
            Clear filters
          </button>
        }
      >
        <p>Widen the balance range or the DPD buckets, or search by the whole account id, a phone number or an email address.</p>
      </EmptyState>
    ) : (
      <EmptyState title="No accounts yet">
        <p>
          {canImport ? (
            <>
              <Link to="/imports">Import a CSV file</Link> of accounts from your system of record (or with <code>pnpm kairos import accounts &lt;file.csv&gt; --portfolio &lt;id&gt;</code>);
              strategists import into a sandbox portfolio, or make one account with <Link to="/accounts/new">New test account</Link>.
            </>
          ) : (
            'Ask an engineer or an administrator to import your portfolio’s accounts.'
          )}
        </p>
      </EmptyState>
    );
  }
  const pages = Math.max(1, Math.ceil(totals.count / PAGE_SIZE));
  const today = new Date();
  const sortBy = (sort: AccountSort) => show({ ...view, sort, order: view.sort === sort && view.order === 'asc' ? 'desc' : 'asc', page: 1 });
  return (
    <>
      <p className="accounts-totals" role="status" aria-label="Totals of the filter">
        {totals.count.toLocaleString()} {totals.count === 1 ? 'account' : 'accounts'} ·{' '}
        {totals.balances.map((b) => formatCents(b.balanceCents, b.currency)).join(' + ')} owed
        {page.isFetching ? ' · loading…' : ''}
      </p>
      {canEnroll && <EnrollTheseLink view={view} />}
      <table className="list-table accounts-table">
        <caption className="visually-hidden">Accounts</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.label} scope="col" aria-sort={c.sort && view.sort === c.sort ? (view.order === 'asc' ? 'ascending' : 'descending') : undefined}>
                {c.sort ? (
                  <button type="button" className="sort-button" onClick={() => sortBy(c.sort!)}>
                    {c.label}
                    {view.sort === c.sort ? (view.order === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <AccountRow key={a.id} account={a} today={today} />
          ))}
        </tbody>
      </table>
      <nav className="pager" aria-label="Account pages">
        <button type="button" disabled={view.page <= 1} onClick={() => show({ ...view, page: view.page - 1 })}>
          Previous page
        </button>
        <span className="muted">
          Page {view.page} of {pages.toLocaleString()}
        </span>
        <button type="button" disabled={view.page >= pages} onClick={() => show({ ...view, page: view.page + 1 })}>
          Next page
        </button>
      </nav>
    </>
  );
}

function AccountRow({ account: a, today }: { account: ListedAccount; today: Date }) {
  const tier = a.attributes?.tier;
  return (
    <tr>
      <td>
        <Link to={`/accounts/${encodeURIComponent(a.id)}`}>{a.id}</Link>
      </td>
      <td>{a.name}</td>
      <td>{a.portfolioId ?? 'default'}</td>
      <td className="number">{formatCents(a.balanceCents, a.currency ?? 'USD')}</td>
      <td className="number">{Math.max(0, daysPastDue(a.dueDate, today))}</td>
      <td>{typeof tier === 'string' || typeof tier === 'number' ? String(tier) : '—'}</td>
      <td>
        {a.statuses.map((s) => (
          <span key={s} className={`badge account-status-${s}`}>
            {STATUS_TEXT[s]}
          </span>
        ))}
      </td>
    </tr>
  );
}

/** "Enroll these accounts": the enroll page with this filter (never the order or page), which previews it first. */
function EnrollTheseLink({ view }: { view: AccountListView }) {
  const query = filterParams(view).toString();
  return (
    <p className="accounts-enroll">
      <Link className="button-link" to={query ? `/enroll?${query}` : '/enroll'}>
        Enroll these accounts
      </Link>{' '}
      <span className="muted">in a published cadence, after a preview of who would enter and why not</span>
    </p>
  );
}
