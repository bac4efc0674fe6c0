import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';

export const ROLE_NAMES: Record<string, string> = {
  strategist: 'Strategist',
  compliance_officer: 'Compliance officer',
  engineer: 'Engineer',
  agent: 'Agent',
  admin: 'Admin',
};

/** Who is signed in, as what (their name leads to their account: the password), and a way out. */
export function SessionMenu() {
  const me = useQuery({ queryKey: queryKeys.me, queryFn: kairosApi.me, staleTime: 60_000 });
  const client = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: kairosApi.signOut,
    onSettled: () => {
      client.clear();
      void navigate('/sign-in');
    },
  });
  const user = me.data?.user;
  if (!user) return null;
  return (
    <div className="session-menu">
      <span>
        <Link to="/account" className="session-account" title="Your account: change your password">
          {user.name}
        </Link>{' '}
        <span className="badge">{ROLE_NAMES[user.role] ?? user.role}</span>
      </span>
      <button type="button" className="small" onClick={() => signOut.mutate()}>
        Sign out
      </button>
    </div>
  );
}

/** The signed-in user's role, once known. */
export function useRole(): string | undefined {
  return useQuery({ queryKey: queryKeys.me, queryFn: kairosApi.me, staleTime: 60_000 }).data?.user?.role;
}
