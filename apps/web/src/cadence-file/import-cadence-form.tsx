import { useMutation, useQueryClient } from '@tanstack/react-query';
import './cadence-file.css';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { editorRegistry } from '../registry';
import { checkCadenceImport, type CadenceImport, type ImportProblem } from './cadence-import';

function ProblemList({ problems, label }: { problems: readonly ImportProblem[]; label: string }) {
  return (
    <ul className="import-problems" aria-label={label}>
      {problems.map((p, i) => (
        <li key={i} className={p.severity}>
          {p.severity === 'warning' ? 'Warning: ' : ''}
          {p.place && <strong>{p.place}: </strong>}
          {p.message}
        </li>
      ))}
    </ul>
  );
}

/** Pick a cadence file (`kairos.cadence/1` or a bare graph), see what is in it and what is wrong, and import it as a new draft. */
export function ImportCadenceForm({ onCancel }: { onCancel: () => void }) {
  const fileId = useId();
  const nameId = useId();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [checked, setChecked] = useState<{ fileName: string; result: CadenceImport } | null>(null);
  const [reading, setReading] = useState(false);
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: (r: Extract<CadenceImport, { ok: true }>) => kairosApi.createCadence({ name: name.trim(), ...(r.description ? { description: r.description } : {}), graph: r.graph }),
    onSuccess: async (cadence) => {
      await client.invalidateQueries({ queryKey: queryKeys.allCadences });
      void navigate(`/cadences/${cadence.id}`);
    },
  });

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    create.reset();
    if (!file) return setChecked(null);
    setReading(true);
    try {
      const result = checkCadenceImport(await file.text(), file.name, editorRegistry);
      setChecked({ fileName: file.name, result });
      if (result.ok) setName(result.name.slice(0, 200));
    } finally {
      setReading(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (checked?.result.ok && name.trim()) create.mutate(checked.result);
  };
  const result = checked?.result;
  const errors = result?.ok ? result.problems.filter((p) => p.severity === 'error').length : 0;

  return (
    <form className="inline-form import-form" onSubmit={submit} aria-label="Import a cadence">
      <label htmlFor={fileId}>Cadence file (.json, exported from Kairos)</label>
      <input id={fileId} type="file" accept=".json,application/json" onChange={(e) => void pick(e)} />
      {reading && <p role="status">Reading the file…</p>}
      {result && !result.ok && (
        <div className="error-box" role="alert">
          <strong>
            {result.title}: {checked?.fileName}
          </strong>
          <ProblemList problems={result.problems} label="Why this file cannot be imported" />
          <p>Nothing was imported. Fix the file, or pick another one.</p>
        </div>
      )}
      {result?.ok && (
        <div className="import-ready" role="status">
          <p>
            {checked?.fileName}: {result.graph.nodes.length} steps, {result.graph.edges.length} arrows.{' '}
            {result.problems.length === 0 ? 'No problems: it can be published once reviewed.' : `It opens as a draft with ${errors} error${errors === 1 ? '' : 's'} to fix${result.problems.length > errors ? ' and some warnings' : ''}:`}
          </p>
          {result.problems.length > 0 && <ProblemList problems={result.problems} label="Problems the imported draft will have" />}
          <label htmlFor={nameId}>Name of the imported cadence</label>
          <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        </div>
      )}
      <button type="submit" className="primary" disabled={!result?.ok || !name.trim() || create.isPending}>
        {create.isPending ? 'Importing…' : 'Import as a new draft'}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {create.isError && (
        <p role="alert" className="field-error">
          Nothing was imported: {errorMessage(create.error)}
        </p>
      )}
    </form>
  );
}
