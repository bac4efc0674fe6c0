import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { Cadence } from '../api/types';
import { formatWhen } from '../shell/format';

/** One cadence in the list, with rename, duplicate and archive/restore. */
export function CadenceRow({ cadence, canChange }: { cadence: Cadence; canChange: boolean }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(cadence.name);
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.allCadences });
  const update = useMutation({
    mutationFn: (patch: { name?: string; archived?: boolean }) => kairosApi.updateCadence(cadence.id, patch),
    onSuccess: async () => {
      setRenaming(false);
      await refresh();
    },
  });
  const duplicate = useMutation({
    mutationFn: () => kairosApi.duplicateCadence(cadence.id),
    onSuccess: async (copy) => {
      await refresh();
      void navigate(`/cadences/${copy.id}`);
    },
  });
  const rename = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) update.mutate({ name: name.trim() });
  };
  const archived = cadence.archivedAt !== null;
  const failure = update.error ?? duplicate.error;

  return (
    <tr>
      <th scope="row">
        {renaming ? (
          <form className="inline-form" onSubmit={rename}>
            <input aria-label={`New name for ${cadence.name}`} value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={200} />
            <button type="submit" disabled={!name.trim() || update.isPending}>
              Save name
            </button>
            <button type="button" onClick={() => (setRenaming(false), setName(cadence.name))}>
              Cancel
            </button>
          </form>
        ) : (
          <Link to={`/cadences/${cadence.id}`}>{cadence.name}</Link>
        )}
        {archived && <span className="badge">Archived</span>}
        {cadence.description && <div className="muted">{cadence.description}</div>}
      </th>
      <td>{formatWhen(cadence.updatedAt)}</td>
      <td>{cadence.createdBy}</td>
      <td className="row-actions">
        {!canChange && <span className="muted">Read only</span>}
        {canChange && !renaming && (
          <button type="button" onClick={() => setRenaming(true)} aria-label={`Rename ${cadence.name}`}>
            Rename
          </button>
        )}
        {canChange && (
        <button type="button" onClick={() => duplicate.mutate()} disabled={duplicate.isPending} aria-label={`Duplicate ${cadence.name}`}>
          Duplicate
        </button>
        )}
        {canChange && (
        <button type="button" onClick={() => update.mutate({ archived: !archived })} disabled={update.isPending} aria-label={`${archived ? 'Restore' : 'Archive'} ${cadence.name}`}>
          {archived ? 'Restore' : 'Archive'}
        </button>
        )}
        {failure && (
          <p role="alert" className="field-error">
            {errorMessage(failure)}
          </p>
        )}
      </td>
    </tr>
  );
}
