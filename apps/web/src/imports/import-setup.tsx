import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { sentence } from '../shell/format';
import { ErrorMessage, Loading } from '../shell/status';
import { ImportPreviewTable } from './import-preview-table';
import { ImportProblems } from './import-problems';
import type { AccountImport } from './import-progress';
import type { ImportPreview } from './import-upload';
import type { ImportMapping } from './import-mapping';
import { MappingTable } from './mapping-table';

/**
 * An uploaded file before it starts: the mapping (each change checked against the whole file by the
 * API), the preview, the problems, and Start. Opened again later, it asks for the preview of the
 * mapping it was left with.
 */
export function ImportSetup({ imp, onDiscarded }: { imp: AccountImport; onDiscarded(): void }) {
  const client = useQueryClient();
  const preview = useQuery({ queryKey: queryKeys.importPreview(imp.id), queryFn: () => kairosApi.setImportMapping(imp.id, imp.mapping), staleTime: Infinity });
  // Answers may come back out of order when choices are changed quickly: only the latest one shows.
  const latest = useRef<ImportMapping | null>(null);
  const remap = useMutation({
    mutationFn: (mapping: ImportMapping) => kairosApi.setImportMapping(imp.id, mapping),
    onSuccess: (answer, mapping) => {
      if (latest.current === mapping) client.setQueryData(queryKeys.importPreview(imp.id), answer);
    },
  });
  const start = useMutation({
    mutationFn: () => kairosApi.startImport(imp.id),
    onSuccess: (started) => {
      client.setQueryData(queryKeys.importProgress(imp.id), started);
      void client.invalidateQueries({ queryKey: queryKeys.importList });
    },
  });
  const discard = useMutation({
    mutationFn: () => kairosApi.cancelImport(imp.id),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.imports });
      onDiscarded();
    },
  });

  if (preview.isPending) return <Loading what={`the preview of ${imp.fileName}`} />;
  if (preview.isError) return <ErrorMessage error={preview.error} retry={() => void preview.refetch()} title={`The preview of ${imp.fileName} could not be made`} />;
  const shown: ImportPreview = preview.data;
  const mapping = remap.isPending && remap.variables ? remap.variables : shown.import.mapping;
  const change = (next: ImportMapping) => {
    latest.current = next;
    remap.mutate(next);
  };
  const good = shown.import.totalRows - shown.import.rejected;
  const blocked = shown.mappingProblems.length > 0;
  return (
    <div className="import-setup">
      <p className="import-file" role="status">
        <strong>{shown.import.fileName}</strong>: {shown.import.totalRows.toLocaleString('en-US')} rows for portfolio {shown.import.portfolioId}
        {remap.isPending ? ' · checking every row with your change…' : ''}
      </p>
      {remap.isError && (
        <p role="alert" className="field-error">
          That choice was not applied: {sentence(errorMessage(remap.error))}
        </p>
      )}
      <MappingTable header={shown.header} mapping={mapping} problems={shown.mappingProblems} onChange={change} disabled={start.isPending} />
      <ImportPreviewTable rows={shown.preview} />
      <ImportProblems importId={imp.id} problems={shown.problems} problemCount={shown.problemCount} rejectedRows={shown.import.rejected} />
      <section className="import-start" aria-labelledby="start-heading">
        <h2 id="start-heading">5. Import</h2>
        <p>
          {blocked
            ? 'The mapping does not fit the file yet: fix the problems of the mapping above.'
            : `${good.toLocaleString('en-US')} ${good === 1 ? 'row' : 'rows'} will be imported${shown.import.rejected > 0 ? ` and ${shown.import.rejected.toLocaleString('en-US')} rejected` : ''}. Your mapping is saved for this portfolio's next file.`}
        </p>
        <div className="row-actions">
          <button type="button" className="primary" disabled={blocked || remap.isPending || start.isPending} onClick={() => start.mutate()}>
            {start.isPending ? 'Starting…' : 'Start import'}
          </button>
          <button type="button" disabled={start.isPending || discard.isPending} onClick={() => discard.mutate()}>
            Discard this file
          </button>
        </div>
        {start.isError && (
          <p role="alert" className="field-error">
            Not started: {sentence(errorMessage(start.error))}
          </p>
        )}
        {discard.isError && (
          <p role="alert" className="field-error">
            Not discarded: {sentence(errorMessage(discard.error))}
          </p>
        )}
      </section>
    </div>
  );
}
