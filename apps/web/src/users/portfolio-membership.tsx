import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import type { Member } from '../api/types';
import { sentence } from '../shell/format';

/** Portfolio ids typed comma-separated, each once. */
export const idsOf = (text: string) => [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))];

/**
 * The portfolios whose accounts a person reads: every one, or those listed (ids, comma-separated).
 * Admins read every portfolio by their role, so theirs is shown, not edited. Saved on submit, audited.
 */
export function PortfolioMembership({ user, onSaved }: { user: Member; onSaved: () => Promise<void> }) {
  const current = user.portfolios;
  const [all, setAll] = useState(current === 'all');
  const [text, setText] = useState(current === 'all' ? '' : current.join(', '));
  const errorId = useId();
  const save = useMutation({ mutationFn: (portfolios: 'all' | string[]) => kairosApi.setPortfolios(user.id, portfolios), onSuccess: onSaved });
  if (user.role === 'admin') return <span>All portfolios (admin)</span>;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(all ? 'all' : idsOf(text));
  };
  return (
    <form className="membership" onSubmit={submit} aria-label={`Portfolios of ${user.name}`}>
      <label>
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> All portfolios
      </label>
      {!all && (
        <input
          aria-label={`Portfolio ids ${user.name} reads, comma-separated`}
          value={text}
          placeholder="none yet, e.g. default, cards"
          aria-describedby={save.isError ? errorId : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      )}
      <button type="submit" className="small" disabled={save.isPending}>
        Save<span className="visually-hidden"> the portfolios of {user.name}</span>
      </button>
      {save.isSuccess && !save.isPending && (
        <span role="status" className="ok">
          {' '}
          {save.data.portfolios === 'all' ? 'Reads every portfolio.' : save.data.portfolios?.length ? `Reads ${save.data.portfolios.join(', ')}.` : 'Reads no portfolio.'}
        </span>
      )}
      {save.isError && (
        <p id={errorId} role="alert" className="field-error">
          Portfolios not changed: {sentence(errorMessage(save.error))}
        </p>
      )}
    </form>
  );
}
