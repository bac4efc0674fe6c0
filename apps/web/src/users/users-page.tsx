import { useQuery } from '@tanstack/react-query';
import { ROLE_DESCRIPTIONS, ROLES } from '@kairos/review';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { ROLE_NAMES } from '../shell/session-menu';
import { EmptyState, ErrorMessage, Loading } from '../shell/status';
import { InviteForm } from './invite-form';
import { OpenInvitations } from './open-invitations';
import { UserRow } from './user-row';

/** `/users` (admins): who may sign in, with which role; invite people, change roles, and deactivate or sign out. */
export function UsersPage() {
  const me = useQuery({ queryKey: queryKeys.me, queryFn: kairosApi.me, staleTime: 60_000 });
  const users = useQuery({ queryKey: queryKeys.users, queryFn: kairosApi.listUsers });
  return (
    <div className="page users-page">
      <div className="page-head">
        <h1>People and roles</h1>
      </div>
      <InviteForm />
      <OpenInvitations />
      {users.isPending && <Loading what="people" />}
      {users.isError && <ErrorMessage error={users.error} retry={() => void users.refetch()} />}
      {users.data?.length === 0 && <EmptyState title="Nobody can sign in yet">Invite the first person above.</EmptyState>}
      {users.data && users.data.length > 0 && (
        <table className="list-table">
          <caption className="visually-hidden">People with an account</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Portfolios</th>
              <th scope="col">Account</th>
              <th scope="col">Access</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((u) => (
              <UserRow key={u.id} user={u} isMe={u.id === me.data?.user?.id} />
            ))}
          </tbody>
        </table>
      )}
      <section className="role-guide" aria-labelledby="roles-heading">
        <h2 id="roles-heading">What each role may do</h2>
        <dl>
          {ROLES.map((r) => (
            <div key={r}>
              <dt>{ROLE_NAMES[r]}</dt>
              <dd>{ROLE_DESCRIPTIONS[r]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
