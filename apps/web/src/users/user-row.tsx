import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { ROLES, type Role } from '@kairos/review';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { AccessChange, Member } from '../api/types';
import { formatWhen, sentence } from '../shell/format';
import { ROLE_NAMES } from '../shell/session-menu';
import { originsText } from './account-origins';
import { CopyableLink } from './copyable-link';
import { PortfolioMembership } from './portfolio-membership';

type AccessAction = 'deactivate' | 'reactivate' | 'sign-out';
const ACT: Record<AccessAction, (id: string) => Promise<AccessChange>> = {
  deactivate: kairosApi.deactivate,
  reactivate: kairosApi.reactivate,
  'sign-out': kairosApi.signOutEverywhere,
};
const sessions = (n: number) => `${n} session${n === 1 ? '' : 's'} ended`;

/** What an access change did, in a line. */
function doneText(action: AccessAction, change: AccessChange): string {
  const who = change.user.name;
  if (action === 'deactivate') return `${who} is deactivated and cannot sign in (${sessions(change.sessionsRevoked)}).`;
  if (action === 'reactivate') return `${who} can sign in again.`;
  return `${who} is signed out everywhere (${sessions(change.sessionsRevoked)}); they may sign in again.`;
}

/**
 * One person: their role (saved at once, audited), who handed them their account, and what an admin
 * may do about their access: deactivate or reactivate, sign out everywhere, send a password-reset link.
 */
export function UserRow({ user, isMe }: { user: Member; isMe: boolean }) {
  const client = useQueryClient();
  const errorId = useId();
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: queryKeys.users });
    if (isMe) await client.invalidateQueries({ queryKey: queryKeys.me });
  };
  const change = useMutation({ mutationFn: (role: Role) => kairosApi.changeRole(user.id, role), onSuccess: refresh });
  const access = useMutation({ mutationFn: (action: AccessAction) => ACT[action](user.id), onSuccess: refresh });
  const reset = useMutation({ mutationFn: () => kairosApi.passwordResetLink(user.id) });
  return (
    <tr className={user.active ? undefined : 'deactivated'}>
      <th scope="row">
        {user.name}
        {isMe && <span className="badge">you</span>}
        {!user.active && <span className="badge badge-deactivated">deactivated</span>}
      </th>
      <td>{user.email}</td>
      <td>
        <select
          aria-label={`Role of ${user.name}`}
          value={change.isPending ? change.variables : user.role}
          disabled={change.isPending}
          aria-describedby={change.isError ? errorId : undefined}
          onChange={(e) => change.mutate(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_NAMES[r]}
            </option>
          ))}
        </select>
        {change.isPending && <span role="status"> Saving…</span>}
        {change.isSuccess && !change.isPending && (
          <span role="status" className="ok">
            {' '}
            Now {ROLE_NAMES[change.data.role]}.
          </span>
        )}
        {change.isError && (
          <p id={errorId} role="alert" className="field-error">
            Role not changed: {sentence(errorMessage(change.error))}
          </p>
        )}
      </td>
      <td>
        <PortfolioMembership user={user} onSaved={refresh} />
      </td>
      <td>{originsText(user.origins)}</td>
      <td>
        {isMe ? (
          <Link to="/account">Change your password</Link>
        ) : (
          <div className="access-actions">
            {user.active ? (
              <>
                <button type="button" className="small" disabled={access.isPending} onClick={() => access.mutate('sign-out')}>
                  Sign out everywhere<span className="visually-hidden"> for {user.name}</span>
                </button>
                <button type="button" className="small" disabled={reset.isPending} onClick={() => reset.mutate()}>
                  Password-reset link<span className="visually-hidden"> for {user.name}</span>
                </button>
                <button type="button" className="small danger" disabled={access.isPending} onClick={() => access.mutate('deactivate')}>
                  Deactivate<span className="visually-hidden"> {user.name}</span>
                </button>
              </>
            ) : (
              <button type="button" className="small" disabled={access.isPending} onClick={() => access.mutate('reactivate')}>
                Reactivate<span className="visually-hidden"> {user.name}</span>
              </button>
            )}
          </div>
        )}
        {access.isSuccess && !access.isPending && (
          <p role="status" className="ok">
            {doneText(access.variables, access.data)}
          </p>
        )}
        {access.isError && (
          <p role="alert" className="field-error">
            Not done: {sentence(errorMessage(access.error))}
          </p>
        )}
        {reset.isSuccess && (
          <CopyableLink link={reset.data.link} label={`Password-reset link for ${user.name}`}>
            <p>
              Give this link to {user.name} yourself (it is shown only now). It works once, until {formatWhen(reset.data.expiresAt)}; using it ends all their sessions.
            </p>
          </CopyableLink>
        )}
        {reset.isError && (
          <p role="alert" className="field-error">
            No link made: {sentence(errorMessage(reset.error))}
          </p>
        )}
      </td>
    </tr>
  );
}
