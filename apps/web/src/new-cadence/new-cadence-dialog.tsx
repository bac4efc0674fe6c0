import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { starterCadences, type StarterCadence } from '@kairos/cadence/starter-cadences';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { sentence } from '../shell/format';
import { StarterPreview } from './starter-preview';

const BLANK = 'blank';

/**
 * "New cadence": a name, and where to start — blank (an Entry step to grow from) or one of the
 * starter cadences of @kairos/cadence, each valid and lint-clean as shipped. The draft is created
 * through the API and opens in the editor.
 */
export function NewCadenceDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const starters = useMemo<StarterCadence[]>(() => starterCadences(), []);
  const [name, setName] = useState('');
  const [named, setNamed] = useState(false);
  const [start, setStart] = useState(BLANK);
  const navigate = useNavigate();
  const client = useQueryClient();
  const nameId = useId();
  const titleId = useId();
  const chosen = starters.find((s) => s.id === start);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const create = useMutation({
    mutationFn: () =>
      kairosApi.createCadence({ name: name.trim(), ...(chosen ? { description: chosen.description, graph: chosen.graph } : {}) }),
    onSuccess: async (cadence) => {
      await client.invalidateQueries({ queryKey: queryKeys.allCadences });
      onClose();
      void navigate(`/cadences/${cadence.id}`);
    },
  });
  const choose = (id: string) => {
    setStart(id);
    // A starter names the cadence until the person types a name of their own.
    if (!named) setName(starters.find((s) => s.id === id)?.name ?? '');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) create.mutate();
  };

  return (
    <dialog ref={ref} className="new-cadence-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={submit} aria-label="New cadence">
        <h2 id={titleId}>New cadence</h2>
        <div className="field">
          <label htmlFor={nameId}>Name of the new cadence</label>
          <input
            id={nameId}
            value={name}
            onChange={(e) => (setName(e.target.value), setNamed(e.target.value.trim() !== ''))}
            placeholder="e.g. Early stage reminders"
            autoFocus
            required
            maxLength={200}
          />
        </div>
        <fieldset className="starter-choices">
          <legend>Start from</legend>
          <label className={`starter-choice${start === BLANK ? ' is-chosen' : ''}`}>
            <input type="radio" name="start" value={BLANK} checked={start === BLANK} onChange={() => choose(BLANK)} />
            <span className="starter-text">
              <strong>Blank</strong>
              <span className="muted">Just an Entry step: draw the rest from the palette.</span>
            </span>
          </label>
          {starters.map((s) => (
            <label key={s.id} className={`starter-choice${start === s.id ? ' is-chosen' : ''}`}>
              <input type="radio" name="start" value={s.id} checked={start === s.id} onChange={() => choose(s.id)} aria-describedby={`${titleId}-${s.id}`} />
              <span className="starter-text">
                <strong>{s.name}</strong>
                <span id={`${titleId}-${s.id}`} className="muted">
                  {s.description} {s.graph.nodes.length} steps.
                </span>
              </span>
              <StarterPreview graph={s.graph} label={`Shape of ${s.name}: ${s.graph.nodes.length} steps`} />
            </label>
          ))}
        </fieldset>
        {create.isError && (
          <p role="alert" className="field-error">
            Could not create it: {sentence(errorMessage(create.error))} Change the name or try again.
          </p>
        )}
        <div className="dialog-buttons">
          <button type="submit" className="primary" disabled={!name.trim() || create.isPending}>
            {create.isPending ? 'Creating…' : 'Create and open'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
