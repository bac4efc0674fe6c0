import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { useRole } from '../shell/session-menu';
import { EmptyState, ErrorMessage, Loading } from '../shell/status';
import { ImportHistory } from './import-history';
import { importablePortfolios, IMPORTERS } from './import-portfolios';
import { ENDED, isRunning } from './import-progress';
import { ImportRun } from './import-run';
import { ImportSetup } from './import-setup';
import { ImportUpload, type ImportPreview } from './import-upload';

/** `/imports`: bring accounts in from a CSV file (upload, mapping, preview, problems, progress, summary), and past imports. The address holds the import shown. */
export function ImportsPage() {
  const role = useRole();
  const [params, setParams] = useSearchParams();
  const importId = params.get('import');
  const client = useQueryClient();
  const mayImport = role !== undefined && IMPORTERS.includes(role);
  const policies = useQuery({ queryKey: queryKeys.portfolioPolicies, queryFn: kairosApi.portfolioPolicies, enabled: mayImport });
  const portfolios = importablePortfolios(role, policies.data ?? []);

  const uploaded = (answer: ImportPreview) => {
    client.setQueryData(queryKeys.importPreview(answer.import.id), answer);
    client.setQueryData(queryKeys.importProgress(answer.import.id), answer.import);
    void client.invalidateQueries({ queryKey: queryKeys.importList });
    setParams({ import: answer.import.id });
  };

  return (
    <div className="page imports-page">
      <div className="page-head">
        <h1>Import accounts</h1>
      </div>
      <p className="page-intro">
        Bring accounts in from your system of record as a CSV file, one portfolio per file. Kairos suggests which column fills which account field, shows the first rows as
        they will be stored and lists every problem by row and column before anything is written. Importing a file again changes only what changed.
      </p>
      {role === undefined ? (
        <Loading what="your role" />
      ) : !mayImport ? (
        <EmptyState title="Your role does not import accounts">
          <p>Engineers and administrators import accounts into any portfolio, strategists into sandbox portfolios: ask one of them.</p>
        </EmptyState>
      ) : policies.isPending ? (
        <Loading what="your portfolios" />
      ) : policies.isError ? (
        <ErrorMessage error={policies.error} retry={() => void policies.refetch()} title="Your portfolios could not be loaded" />
      ) : importId ? (
        <ImportSession id={importId} onClose={() => setParams({})} />
      ) : portfolios.length === 0 ? (
        <EmptyState title={role === 'strategist' ? 'You read no sandbox portfolio' : 'You read no portfolio'}>
          <p>
            {role === 'strategist'
              ? 'Strategists import test accounts into a sandbox portfolio (settings sandbox: true). Ask an administrator to add one to your portfolios on the People page, or ask an engineer to import into a real portfolio.'
              : 'Ask an administrator to add a portfolio to yours on the People page.'}
          </p>
        </EmptyState>
      ) : (
        <ImportUpload portfolios={portfolios} onUploaded={uploaded} />
      )}
      {mayImport && <ImportHistory />}
    </div>
  );
}

/** One import, where it stands: being set up, running, or ended. */
function ImportSession({ id, onClose }: { id: string; onClose(): void }) {
  const client = useQueryClient();
  const progress = useQuery({
    queryKey: queryKeys.importProgress(id),
    queryFn: () => kairosApi.getImport(id),
    refetchInterval: (q) => (q.state.data && isRunning(q.state.data) ? 1_000 : false),
  });
  const status = progress.data?.status;
  useEffect(() => {
    if (status && ENDED.includes(status)) {
      // What it wrote shows in the history and the Accounts list.
      void client.invalidateQueries({ queryKey: queryKeys.importList });
      void client.invalidateQueries({ queryKey: queryKeys.accounts });
    }
  }, [status, client]);
  if (progress.isPending) return <Loading what="the import" />;
  if (progress.isError) {
    return progress.error instanceof ApiError && progress.error.status === 404 ? (
      <EmptyState title="No such import" action={<Link to="/imports">Upload a file</Link>}>
        <p>It may belong to a portfolio you do not read. Choose one of your past imports below, or upload a file.</p>
      </EmptyState>
    ) : (
      <ErrorMessage error={progress.error} retry={() => void progress.refetch()} title="The import could not be loaded" />
    );
  }
  const imp = progress.data;
  return imp.status === 'uploaded' ? <ImportSetup imp={imp} onDiscarded={onClose} /> : <ImportRun imp={imp} onAnother={onClose} />;
}
