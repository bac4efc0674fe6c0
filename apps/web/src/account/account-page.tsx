import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { CheckedInput } from '../analytics/checked-input';
import { sentence } from '../shell/format';
import { ROLE_NAMES } from '../shell/session-menu';
import { Loading } from '../shell/status';
import { newPasswordProblems, type NewPasswordProblems } from './new-password';
import { NewPasswordFields } from './new-password-fields';

const EMPTY = { current: '', password: '', repeat: '' };

/** `/account`: who you are signed in as, and changing your password (your other sessions end; this one stays). */
export function AccountPage() {
  const me = useQuery({ queryKey: queryKeys.me, queryFn: kairosApi.me, staleTime: 60_000 });
  const [f, setF] = useState(EMPTY);
  const [tried, setTried] = useState(false);
  const change = useMutation({
    mutationFn: () => kairosApi.changePassword({ currentPassword: f.current, newPassword: f.password }),
    onSuccess: () => {
      setF(EMPTY);
      setTried(false);
    },
  });
  const local = newPasswordProblems({ password: f.password, repeat: f.repeat });
  const server = new Map(change.error instanceof ApiError ? change.error.issues.map((i) => [String(i.field), String(i.message)] as const) : []);
  const problems: NewPasswordProblems & { current?: string } = tried
    ? {
        ...local,
        ...(server.has('newPassword') ? { password: sentence(server.get('newPassword')!) } : {}),
        ...(!f.current ? { current: 'Enter your current password.' } : server.has('currentPassword') ? { current: 'This is not your current password: try again.' } : {}),
      }
    : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(local).length === 0 && f.current) change.mutate();
  };
  const user = me.data?.user;
  if (!user) return <Loading what="your account" />;
  return (
    <div className="page account-page">
      <div className="page-head">
        <h1>Your account</h1>
      </div>
      <p>
        {user.name} · {user.email} · {ROLE_NAMES[user.role]}
      </p>
      <form className="new-user password-form" aria-label="Change your password" onSubmit={submit} noValidate>
        <h2>Change your password</h2>
        <p className="muted">You stay signed in here; every other session of yours (other browsers, scripts with your token) ends.</p>
        <CheckedInput
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={f.current}
          problem={problems.current}
          onChange={(e) => setF((prev) => ({ ...prev, current: e.target.value }))}
        />
        <NewPasswordFields value={{ password: f.password, repeat: f.repeat }} onChange={(next) => setF((prev) => ({ ...prev, ...next }))} problems={problems} />
        <button type="submit" className="primary" disabled={change.isPending}>
          {change.isPending ? 'Changing…' : 'Change password'}
        </button>
        {change.isSuccess && (
          <p role="status" className="ok">
            Your password is changed.{' '}
            {change.data.sessionsRevoked > 0 ? `${change.data.sessionsRevoked} other session${change.data.sessionsRevoked === 1 ? '' : 's'} ended.` : 'You had no other sessions.'}
          </p>
        )}
        {change.isError && server.size === 0 && (
          <p role="alert" className="field-error">
            Not changed: {sentence(errorMessage(change.error))}
          </p>
        )}
      </form>
    </div>
  );
}
