import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { formatWhen } from '../shell/format';
import { EmptyState, ErrorMessage, Loading } from '../shell/status';
import { UnknownOutcomes } from './unknown-outcomes';

/** `/outbox`: what the sandbox channel provider "sent", newest first, searchable by account and text. */
export function OutboxPage() {
  const [account, setAccount] = useState('');
  const [text, setText] = useState('');
  const filter = { accountId: useDeferredValue(account.trim()) || undefined, search: useDeferredValue(text.trim()) || undefined, limit: 200 };
  const messages = useQuery({ queryKey: queryKeys.outbox(filter), queryFn: () => kairosApi.listOutbox(filter), refetchInterval: 3_000, placeholderData: keepPreviousData });
  const accountId = useId();
  const textId = useId();
  const filtered = Boolean(filter.accountId || filter.search);

  return (
    <div className="page">
      <div className="page-head">
        <h1>Outbox</h1>
        <p className="muted">Messages of the sandbox provider: nothing here reached a real phone or inbox.</p>
      </div>
      <UnknownOutcomes />
      <form className="filters" role="search" aria-label="Search the outbox" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={accountId}>Account</label>
          <input id={accountId} type="search" value={account} placeholder="e.g. DEMO-1001" onChange={(e) => setAccount(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={textId}>Text, subject or recipient</label>
          <input id={textId} type="search" value={text} placeholder="e.g. final reminder" onChange={(e) => setText(e.target.value)} />
        </div>
      </form>
      {messages.isPending && <Loading what="messages" />}
      {messages.isError && <ErrorMessage error={messages.error} retry={() => void messages.refetch()} />}
      {messages.data?.length === 0 &&
        (filtered ? (
          <EmptyState title="No message matches">
            <p>Check the account id (it must match exactly) or search for fewer words.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No message has been sent yet">
            <p>Messages appear here when an enrolled account reaches a Send message step of a published cadence.</p>
          </EmptyState>
        ))}
      {messages.data && messages.data.length > 0 && (
        <table className="list-table outbox-table">
          <caption className="visually-hidden">Messages, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Sent</th>
              <th scope="col">Account</th>
              <th scope="col">Channel</th>
              <th scope="col">To</th>
              <th scope="col">Message</th>
            </tr>
          </thead>
          <tbody>
            {messages.data.map((m) => (
              <tr key={m.id}>
                <td>{formatWhen(m.createdAt)}</td>
                <td>{m.accountId}</td>
                <td>{m.channel.toUpperCase()}</td>
                <td>{m.recipient}</td>
                <td>
                  {m.subject && <strong>{m.subject}</strong>}
                  <div className="message-body">{m.body}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
