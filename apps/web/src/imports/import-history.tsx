import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { formatWhen } from '../shell/format';
import { ErrorMessage, Loading } from '../shell/status';
import { isRunning, STATUS_TEXT } from './import-progress';

/** Past and running imports into your portfolios, newest first; each opens where it stands. */
export function ImportHistory() {
  const imports = useQuery({
    queryKey: queryKeys.importList,
    queryFn: () => kairosApi.listImports(),
    refetchInterval: (q) => (q.state.data?.some(isRunning) ? 2_000 : false),
  });
  return (
    <section className="import-history" aria-labelledby="history-heading">
      <h2 id="history-heading">Past imports</h2>
      {imports.isPending && <Loading what="past imports" />}
      {imports.isError && <ErrorMessage error={imports.error} retry={() => void imports.refetch()} title="Past imports could not be loaded" />}
      {imports.data?.length === 0 && <p className="muted">No import yet: the files you import appear here with what each did.</p>}
      {imports.data && imports.data.length > 0 && (
        <table className="list-table import-history-table">
          <caption className="visually-hidden">Past imports, newest first</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Portfolio</th>
              <th scope="col">Uploaded</th>
              <th scope="col">Status</th>
              <th scope="col">Rows</th>
              <th scope="col">Created</th>
              <th scope="col">Updated</th>
              <th scope="col">Unchanged</th>
              <th scope="col">Rejected</th>
            </tr>
          </thead>
          <tbody>
            {imports.data.map((i) => (
              <tr key={i.id}>
                <td>
                  <Link to={`/imports?import=${encodeURIComponent(i.id)}`}>{i.fileName}</Link>
                </td>
                <td>{i.portfolioId}</td>
                <td>{formatWhen(i.createdAt)}</td>
                <td>{STATUS_TEXT[i.status]}</td>
                <td className="number">{i.totalRows.toLocaleString('en-US')}</td>
                <td className="number">{i.created.toLocaleString('en-US')}</td>
                <td className="number">{i.updated.toLocaleString('en-US')}</td>
                <td className="number">{i.unchanged.toLocaleString('en-US')}</td>
                <td className="number">{i.rejected.toLocaleString('en-US')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
