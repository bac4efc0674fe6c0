import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { NewPasswordFields } from '../account/new-password-fields';
import { newPasswordProblems } from '../account/new-password';
import { formatWhen, sentence } from '../shell/format';
import { homeOf } from '../shell/role-reads';
import { ROLE_NAMES } from '../shell/session-menu';
import { Loading } from '../shell/status';

/**
 * `/invite/:token` and `/reset-password/:token`: the person a one-time link was made for sets their
 * own password, and is signed in. A used, expired or withdrawn link says so and what to do.
 */
export function PasswordLinkPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const link = useQuery({ queryKey: queryKeys.passwordLink(token), queryFn: () => kairosApi.passwordLink(token), retry: false, staleTime: Infinity });
  const [f, setF] = useState({ password: '', repeat: '' });
  const [tried, setTried] = useState(false);
  const use = useMutation({
    mutationFn: () => kairosApi.usePasswordLink(token, f.password),
    onSuccess: (answer) => {
      client.clear();
      if (!answer.signedIn) return void navigate('/sign-in', { replace: true });
      client.setQueryData(queryKeys.me, { user: answer.user });
      void navigate(homeOf(answer.user.role), { replace: true });
    },
  });
  const local = newPasswordProblems(f);
  const server = use.error instanceof ApiError ? use.error.issues.find((i) => i.field === 'password') : undefined;
  const problems = tried ? { ...local, ...(server ? { password: sentence(String(server.message)) } : {}) } : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(local).length === 0) use.mutate();
  };

  if (link.isPending) return <Loading what="your link" />;
  if (link.isError) {
    const gone = link.error instanceof ApiError && (link.error.status === 404 || link.error.status === 410);
    return (
      <main id="main" className="sign-in">
        <h1>{gone ? 'This link does not work' : 'Kairos could not open this link'}</h1>
        <p role="alert">{sentence(errorMessage(link.error))}</p>
        <p>
          Already have a password? <Link to="/sign-in">Sign in</Link>.
        </p>
      </main>
    );
  }
  const l = link.data;
  const invitation = l.kind === 'invitation';
  return (
    <main id="main" className="sign-in">
      <h1>{invitation ? 'Join Kairos' : 'Set a new password'}</h1>
      <p>
        {invitation
          ? `Welcome, ${l.name}. You are invited to Kairos as ${l.role ? ROLE_NAMES[l.role] : 'a member'}. Choose your password to join; nobody else will know it.`
          : `${l.name}, choose a new password. Every session you have now ends once it is set.`}
      </p>
      <p className="muted">This link works once, until {formatWhen(l.expiresAt)}.</p>
      <form onSubmit={submit} aria-label={invitation ? 'Join Kairos' : 'Set a new password'} noValidate>
        <div className="field">
          <label htmlFor="link-email">Email</label>
          <input id="link-email" type="email" autoComplete="username" value={l.email} readOnly />
        </div>
        <NewPasswordFields value={f} onChange={setF} problems={problems} />
        <button type="submit" className="primary" disabled={use.isPending}>
          {use.isPending ? 'Saving…' : invitation ? 'Join Kairos' : 'Set password and sign in'}
        </button>
        {use.isError && !server && (
          <p role="alert" className="field-error">
            {sentence(errorMessage(use.error))}
          </p>
        )}
      </form>
    </main>
  );
}
