import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { CsvExportButton } from '../shell/csv-export-button';
import { sentence } from '../shell/format';
import { isRunning, outcomeText, percentDone, progressText, STATUS_TEXT, summaryCounts, type AccountImport } from './import-progress';

/** A started import: its progress while it runs (with Cancel), then what it did and where to look next. */
export function ImportRun({ imp, onAnother }: { imp: AccountImport; onAnother(): void }) {
  const client = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => kairosApi.cancelImport(imp.id),
    onSuccess: (answer) => client.setQueryData(queryKeys.importProgress(imp.id), answer),
  });
  const running = isRunning(imp);
  return (
    <section className="import-run" aria-labelledby="run-heading">
      <h2 id="run-heading">
        {imp.fileName}: {STATUS_TEXT[imp.status]}
      </h2>
      <div className="import-progress">
        <progress max={Math.max(1, imp.totalRows)} value={imp.rowsDone} aria-label="Rows imported" aria-valuetext={`${percentDone(imp)}%`} />
        <span className="import-progress-figure">{percentDone(imp)}%</span>
      </div>
      <p role="status" aria-label="Import progress">
        {progressText(imp)}
      </p>
      {running ? (
        <div className="row-actions">
          <button type="button" className="danger" disabled={imp.cancelRequested || cancel.isPending} onClick={() => cancel.mutate()}>
            {imp.cancelRequested ? 'Stopping…' : 'Cancel import'}
          </button>
          <span className="muted">Rows already written stay; the import stops after its current batch.</span>
        </div>
      ) : (
        <>
          <dl className="import-summary" aria-label="Import summary">
            {summaryCounts(imp).map((c) => (
              <div key={c.label}>
                <dt>{c.label}</dt>
                <dd>{c.count.toLocaleString('en-US')}</dd>
              </div>
            ))}
          </dl>
          <p className={imp.status === 'failed' ? 'field-error' : undefined}>{outcomeText(imp)}</p>
          {imp.rejected > 0 && <CsvExportButton label="Download problems (CSV)" what="The rejected rows' problems as row, column, problem." download={() => kairosApi.importProblems(imp.id)} />}
          <div className="row-actions">
            <Link className="button-link" to={`/accounts?portfolio=${encodeURIComponent(imp.portfolioId)}`}>
              See the accounts of {imp.portfolioId}
            </Link>
            {imp.status === 'done' && imp.created + imp.updated + imp.unchanged > 0 && (
              <Link className="button-link" to={`/enroll?import=${encodeURIComponent(imp.id)}`}>
                Enroll these accounts
              </Link>
            )}
            <button type="button" onClick={onAnother}>
              Import another file
            </button>
          </div>
        </>
      )}
      {cancel.isError && (
        <p role="alert" className="field-error">
          Not cancelled: {sentence(errorMessage(cancel.error))}
        </p>
      )}
    </section>
  );
}
