import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';

/** Name a new cadence; it starts with an Entry node and opens in the editor. */
export function NewCadenceForm({ onCancel }: { onCancel: () => void }) {
  const [name, setName] = useState('');
  const navigate = useNavigate();
  const client = useQueryClient();
  const inputId = useId();
  const create = useMutation({
    mutationFn: (n: string) => kairosApi.createCadence({ name: n }),
    onSuccess: async (cadence) => {
      await client.invalidateQueries({ queryKey: queryKeys.allCadences });
      void navigate(`/cadences/${cadence.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) create.mutate(name.trim());
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label="New cadence">
      <label htmlFor={inputId}>Name of the new cadence</label>
      <input id={inputId} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Early stage reminders" autoFocus required maxLength={200} />
      <button type="submit" disabled={!name.trim() || create.isPending}>
        {create.isPending ? 'Creating…' : 'Create and open'}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {create.isError && (
        <p role="alert" className="field-error">
          Could not create it: {errorMessage(create.error)}
        </p>
      )}
    </form>
  );
}
