import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { kairosApi, type AuditFilter } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { AuditEntry } from '../api/review-types';
import { formatWhen } from '../shell/format';
import { ROLE_NAMES } from '../shell/session-menu';
import { EmptyState, ErrorMessage, Loading } from '../shell/status';
import { auditDetailText } from './audit-entry-text';
import { AuditExportButton } from './audit-export-button';
import { AuditFilterFormView } from './audit-filter-form';
import { ACTION_TEXT, filtersFromParams, filtersToParams, hasFilters, toApiFilter } from './audit-filters';

const PAGE_SIZE = 50;

/** `/audit`: the append-only log of submits, comments, decisions, publishes, migrations and role changes. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const form = filtersFromParams(params);
  const filter = toApiFilter(form);
  const cadences = useQuery({ queryKey: queryKeys.cadences(true), queryFn: () => kairosApi.listCadences(true) });
  const key = JSON.stringify(filter);

  return (
    <div className="page audit-page">
      <div className="page-head">
        <h1>Audit log</h1>
        <AuditExportButton filter={filter} />
      </div>
      <AuditFilterFormView key={params.toString()} initial={form} cadences={cadences.data ?? []} onApply={(f) => setParams(filtersToParams(f))} />
      <AuditEntries key={key} filter={filter} filtered={hasFilters(form)} cadenceName={(id) => cadences.data?.find((c) => c.id === id)?.name} onClear={() => setParams({})} />
    </div>
  );
}

/** One page of entries at a time, newest first; "Older" follows the API's cursor, "Newer" goes back. */
function AuditEntries({ filter, filtered, cadenceName, onClear }: { filter: AuditFilter; filtered: boolean; cadenceName(id: string): string | undefined; onClear(): void }) {
  const [cursors, setCursors] = useState<number[]>([]);
  const cursor = cursors.at(-1);
  const page = useQuery({
    queryKey: queryKeys.audit({ ...filter, cursor }),
    queryFn: () => kairosApi.listAudit({ ...filter, limit: PAGE_SIZE, ...(cursor !== undefined ? { cursor } : {}) }),
    placeholderData: keepPreviousData,
  });
  if (page.isPending) return <Loading what="the audit log" />;
  if (page.isError) return <ErrorMessage error={page.error} retry={() => void page.refetch()} />;
  const { entries, nextCursor } = page.data;
  if (entries.length === 0 && cursors.length === 0) {
    return filtered ? (
      <EmptyState
        title="No entries match these filters"
        action={
          <button type="button" onClick={onClear}>
            Clear filters
          </button>
        }
      >
        <p>Widen the dates, or check the email and the hash (its first characters are enough).</p>
      </EmptyState>
    ) : (
      <EmptyState title="Nothing recorded yet">
        <p>Every submit, comment, approval, changes request, publish, migration and role change will be listed here.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <table className="list-table audit-table">
        <caption className="visually-hidden">Audit entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Who</th>
            <th scope="col">Cadence</th>
            <th scope="col">Content hash</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <AuditRow key={e.id} entry={e} cadenceName={cadenceName} />
          ))}
        </tbody>
      </table>
      <nav className="pager" aria-label="Audit log pages">
        <button type="button" disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
          Newer entries
        </button>
        <span className="muted" role="status">
          Page {cursors.length + 1}
          {page.isFetching ? ' · loading…' : ''}
        </span>
        <button type="button" disabled={nextCursor === null} onClick={() => nextCursor !== null && setCursors((c) => [...c, nextCursor])}>
          Older entries
        </button>
      </nav>
    </>
  );
}

function AuditRow({ entry: e, cadenceName }: { entry: AuditEntry; cadenceName(id: string): string | undefined }) {
  return (
    <tr>
      <td>
        <time dateTime={e.at}>{formatWhen(e.at)}</time>
      </td>
      <td>{ACTION_TEXT[e.action] ?? e.action}</td>
      <td>
        {e.actorEmail ?? e.actorId}
        {e.actorRole && <span className="badge">{ROLE_NAMES[e.actorRole] ?? e.actorRole}</span>}
      </td>
      <td>{e.cadenceId ? <Link to={`/cadences/${e.cadenceId}`}>{cadenceName(e.cadenceId) ?? e.cadenceId}</Link> : '—'}</td>
      <td>
        {e.hash ? (
          <code title={e.hash} data-hash={e.hash}>
            {e.hash.slice(0, 12)}
          </code>
        ) : (
          '—'
        )}
      </td>
      <td>
        {auditDetailText(e)}
        {e.reviewId && (e.action === 'submit' || e.action === 'comment' || e.action === 'approve' || e.action === 'request_changes') && (
          <>
            {' '}
            <Link to={`/reviews/${e.reviewId}`} aria-label={`Open the review of entry ${e.id}`}>
              review
            </Link>
          </>
        )}
      </td>
    </tr>
  );
}
