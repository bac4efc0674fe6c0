import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { formatWhen } from '../shell/format';

const filter = { status: 'outcome_unknown', limit: 100 } as const;

/**
 * Messages whose outcome is unknown: a worker stopped while the provider was being called. What
 * operations check at the provider; shown only when there are any.
 */
export function UnknownOutcomes() {
  const unknown = useQuery({ queryKey: queryKeys.contacts(filter), queryFn: () => kairosApi.listContacts(filter), refetchInterval: 10_000 });
  const headingId = useId();
  if (!unknown.data?.length) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Messages whose outcome is unknown</h2>
      <p className="muted">
        A worker stopped while the provider was being called, so each of these may have reached the customer. None is sent again, each counts
        as a contact for compliance, and the provider&apos;s status report settles it. If no report comes, look the recipient up in the
        provider&apos;s own log.
      </p>
      <table className="list-table">
        <caption className="visually-hidden">Messages whose outcome is unknown, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Attempted</th>
            <th scope="col">Account</th>
            <th scope="col">Channel</th>
            <th scope="col">To</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {unknown.data.map((c) => (
            <tr key={c.id}>
              <td>{formatWhen(c.createdAt)}</td>
              <td>{c.accountId}</td>
              <td>{c.channel.toUpperCase()}</td>
              <td>{c.recipient}</td>
              <td>
                {c.subject && <strong>{c.subject}</strong>}
                <div className="message-body">{c.body}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
