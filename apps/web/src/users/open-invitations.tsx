import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { formatWhen, sentence } from '../shell/format';
import { ROLE_NAMES } from '../shell/session-menu';
import { ErrorMessage } from '../shell/status';

/** Invitations nobody has used yet, each with a way to withdraw it (its link then stops working). */
export function OpenInvitations() {
  const invitations = useQuery({ queryKey: queryKeys.invitations, queryFn: kairosApi.listInvitations });
  const client = useQueryClient();
  const revoke = useMutation({
    mutationFn: kairosApi.revokeInvitation,
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.invitations }),
  });
  if (invitations.isError) return <ErrorMessage error={invitations.error} retry={() => void invitations.refetch()} />;
  if (!invitations.data?.length) return null;
  return (
    <section aria-labelledby="open-invitations-heading" className="open-invitations">
      <h2 id="open-invitations-heading">Invitations not used yet</h2>
      <table className="list-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Invited by</th>
            <th scope="col">Link works until</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.data.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.name}</th>
              <td>{i.email}</td>
              <td>{ROLE_NAMES[i.role]}</td>
              <td>{i.invitedByName ?? i.invitedBy}</td>
              <td>{formatWhen(i.expiresAt)}</td>
              <td>
                <button type="button" className="small" disabled={revoke.isPending} onClick={() => revoke.mutate(i.id)}>
                  Revoke<span className="visually-hidden"> the invitation of {i.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {revoke.isError && (
        <p role="alert" className="field-error">
          Not revoked: {sentence(errorMessage(revoke.error))}
        </p>
      )}
    </section>
  );
}
