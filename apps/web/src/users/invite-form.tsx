import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ROLES, type Role } from '@kairos/review';
import { ApiError, errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { formatWhen, sentence } from '../shell/format';
import { ROLE_NAMES } from '../shell/session-menu';
import { CopyableLink } from './copyable-link';
import { idsOf } from './portfolio-membership';

const EMPTY = { name: '', email: '', role: 'strategist' as Role, allPortfolios: false, portfolios: '' };

/**
 * Invite someone: they get a one-time link (24 hours) with which they set their own password, so no
 * admin ever knows it. The server checks the fields and says which is wrong.
 */
export function InviteForm() {
  const [f, setF] = useState(EMPTY);
  const id = useId();
  const client = useQueryClient();
  const invite = useMutation({
    // The portfolios they will read once they join (admins read every one by their role).
    mutationFn: () =>
      kairosApi.invite({ name: f.name.trim(), email: f.email.trim(), role: f.role, ...(f.role === 'admin' ? {} : { portfolios: f.allPortfolios ? 'all' : idsOf(f.portfolios) }) }),
    onSuccess: async () => {
      setF(EMPTY);
      await client.invalidateQueries({ queryKey: queryKeys.invitations });
    },
  });
  const fieldErrors = new Map(invite.error instanceof ApiError ? invite.error.issues.map((i) => [String(i.field), String(i.message)] as const) : []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate();
  };
  const input = (k: 'name' | 'email', label: string, type: string) => (
    <div className="field">
      <label htmlFor={`${id}-${k}`}>{label}</label>
      <input
        id={`${id}-${k}`}
        type={type}
        value={f[k]}
        required
        autoComplete="off"
        aria-invalid={fieldErrors.has(k) || undefined}
        aria-describedby={fieldErrors.has(k) ? `${id}-${k}-error` : undefined}
        onChange={(e) => setF((prev) => ({ ...prev, [k]: e.target.value }))}
      />
      {fieldErrors.has(k) && (
        <span id={`${id}-${k}-error`} className="field-error">
          {fieldErrors.get(k)}
        </span>
      )}
    </div>
  );
  return (
    <form className="new-user" aria-label="Invite someone" onSubmit={submit} noValidate>
      <h2>Invite someone</h2>
      <p className="muted">They get a link with which they set their own password. Kairos sends no email here: you pass the link on.</p>
      <div className="new-user-fields">
        {input('name', 'Name', 'text')}
        {input('email', 'Email', 'email')}
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={f.role} onChange={(e) => setF((prev) => ({ ...prev, role: e.target.value as Role }))}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_NAMES[r]}
              </option>
            ))}
          </select>
        </div>
        {f.role !== 'admin' && (
          <fieldset className="field">
            <legend>Portfolios they read</legend>
            <label>
              <input type="checkbox" checked={f.allPortfolios} onChange={(e) => setF((prev) => ({ ...prev, allPortfolios: e.target.checked }))} /> All portfolios
            </label>
            {!f.allPortfolios && (
              <input
                aria-label="Portfolio ids they read, comma-separated"
                value={f.portfolios}
                placeholder="none yet, e.g. default, cards"
                aria-invalid={[...fieldErrors.keys()].some((k) => k.startsWith('portfolios')) || undefined}
                onChange={(e) => setF((prev) => ({ ...prev, portfolios: e.target.value }))}
              />
            )}
            {[...fieldErrors].filter(([k]) => k.startsWith('portfolios')).map(([k, m]) => (
              <span key={k} className="field-error">
                {m}
              </span>
            ))}
          </fieldset>
        )}
      </div>
      <button type="submit" className="primary" disabled={invite.isPending || !f.name.trim() || !f.email.trim()}>
        {invite.isPending ? 'Inviting…' : 'Invite'}
      </button>
      {invite.isSuccess && (
        <CopyableLink link={invite.data.link} label={`Invitation link for ${invite.data.invitation.name}`}>
          <p role="status" className="ok">
            {invite.data.invitation.name} is invited as {ROLE_NAMES[invite.data.invitation.role]}.
          </p>
          <p>
            Kairos sends no email in this setup: give this link to {invite.data.invitation.name} yourself (it is shown only now). It works once, until{' '}
            {formatWhen(invite.data.invitation.expiresAt)}; with it they set their own password and are signed in.
          </p>
        </CopyableLink>
      )}
      {invite.isError && (
        <p role="alert" className="field-error">
          Not invited: {fieldErrors.size > 0 ? 'check the fields marked above.' : sentence(errorMessage(invite.error))}
        </p>
      )}
    </form>
  );
}
