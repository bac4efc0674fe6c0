import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { ROLES, type Role } from '@kairos/review';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { SessionUser } from '../api/types';
import { sentence } from '../shell/format';
import { ROLE_NAMES } from '../shell/session-menu';

/** One person; choosing another role saves it at once (audited; it applies from their next request). */
export function UserRow({ user, isMe }: { user: SessionUser; isMe: boolean }) {
  const client = useQueryClient();
  const errorId = useId();
  const change = useMutation({
    mutationFn: (role: Role) => kairosApi.changeRole(user.id, role),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.users });
      if (isMe) await client.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
  return (
    <tr>
      <th scope="row">
        {user.name}
        {isMe && <span className="badge">you</span>}
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
    </tr>
  );
}
