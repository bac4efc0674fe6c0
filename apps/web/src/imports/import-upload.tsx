import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ApiError, errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import type { Schemas } from '../api/types';
import { sentence } from '../shell/format';
import { FileDrop } from './file-drop';

export type ImportPreview = Schemas['ImportPreview'];

/** Step 1: which portfolio, which file. The file is sent as it is; the answer is the suggested mapping and the preview. */
export function ImportUpload({ portfolios, onUploaded }: { portfolios: ReadonlyArray<{ portfolioId: string; name: string; sandbox: boolean }>; onUploaded(answer: ImportPreview): void }) {
  const [portfolioId, setPortfolioId] = useState(portfolios[0]!.portfolioId);
  const [fileName, setFileName] = useState<string | null>(null);
  const pickerId = useId();
  const upload = useMutation({
    mutationFn: async (file: File) => kairosApi.uploadImport(portfolioId, file.name, await file.text()),
    onSuccess: onUploaded,
  });
  return (
    <section className="import-upload" aria-labelledby="upload-heading">
      <h2 id="upload-heading">1. Choose the portfolio and the file</h2>
      <label htmlFor={pickerId}>Portfolio</label>{' '}
      <select id={pickerId} value={portfolioId} onChange={(e) => setPortfolioId(e.target.value)} disabled={upload.isPending}>
        {portfolios.map((p) => (
          <option key={p.portfolioId} value={p.portfolioId}>
            {p.name}
            {p.sandbox ? ' (sandbox)' : ''}
          </option>
        ))}
      </select>
      <FileDrop
        disabled={upload.isPending}
        onFile={(file) => {
          setFileName(file.name);
          upload.mutate(file);
        }}
      />
      {upload.isPending && (
        <p role="status">Reading {fileName}: checking every row against the suggested mapping…</p>
      )}
      {upload.isError && (
        <div role="alert" className="field-error">
          <p>{fileName} was not taken: {uploadProblem(upload.error)}</p>
        </div>
      )}
    </section>
  );
}

/** Why the API did not take a file, and what to do instead. */
function uploadProblem(err: unknown): string {
  if (err instanceof ApiError && err.status === 413) return 'the file is larger than this Kairos takes. Split it into smaller files, or ask your operator to raise the limit.';
  if (err instanceof ApiError && err.issues.length > 0) return err.issues.map((i) => sentence(String(i.message ?? ''))).join(' ');
  return sentence(errorMessage(err));
}
