import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { sentence } from '../shell/format';
import { homeOf } from '../shell/role-reads';

/** Where the API client sends the user on a 401: email and password, then back to where they were. */
export function SignInPage() {
  const [params] = useSearchParams();
  const next = params.get('next');
  const back = next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : undefined;
  const navigate = useNavigate();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const emailId = useId();
  const passwordId = useId();
  const signIn = useMutation({
    mutationFn: () => kairosApi.signIn(email.trim(), password),
    onSuccess: (answer) => {
      client.clear();
      client.setQueryData(queryKeys.me, answer);
      void navigate(back ?? homeOf(answer.user?.role), { replace: true });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  const why =
    signIn.error instanceof ApiError && signIn.error.code === 'invalid_credentials'
      ? 'Wrong email or password: check both and try again. The demo passwords were printed by the first `pnpm kairos start` and are kept in .kairos/logins.json; forgot yours? Ask an admin for a password-reset link.'
      : signIn.error
        ? sentence(errorMessage(signIn.error))
        : null;
  return (
    <main id="main" className="sign-in">
      <h1>Sign in to Kairos</h1>
      <form onSubmit={submit} aria-label="Sign in">
        <div className="field">
          <label htmlFor={emailId}>Email</label>
          <input id={emailId} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required autoFocus />
        </div>
        <div className="field">
          <label htmlFor={passwordId}>Password</label>
          <input id={passwordId} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </div>
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        {why && (
          <p role="alert" className="field-error">
            {why}
          </p>
        )}
      </form>
    </main>
  );
}
