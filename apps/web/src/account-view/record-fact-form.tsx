import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { kairosApi } from '../api/endpoints';
import type { RequestBody } from '../api/types';
import { ErrorMessage } from '../shell/status';
import type { StoryAccount } from './story';

type Patch = RequestBody<'/api/v1/accounts/{id}/compliance', 'patch'>;
const CHANNELS = ['call', 'sms', 'email', 'voicemail', 'whatsapp', 'push', 'letter'] as const;
const FACTS = { opt_out: 'Opted out of a channel', cease: 'Asked us to stop all contact', dispute: 'Disputes the debt', inconvenient: 'A time is inconvenient' } as const;
type Fact = keyof typeof FACTS;

/** The change a recorded fact makes, added to what the account already says (an opt-out adds a channel, never replaces the list). */
export function factPatch(fact: Fact, a: { channel: string; from: string; to: string }, current: StoryAccount['compliance']): Patch {
  switch (fact) {
    case 'opt_out':
      return { optOuts: [...new Set([...current.optOuts, a.channel])] as Patch['optOuts'] };
    case 'cease':
      return { ceaseCommunication: true };
    case 'dispute':
      return { dispute: { status: 'open', openedAt: new Date().toISOString() } };
    case 'inconvenient':
      return { inconvenientTimes: [...current.inconvenientTimes, { from: a.from, to: a.to }] as Patch['inconvenientTimes'] };
  }
}

/** Record what the holder told us: it takes effect for the next contact decision at once, and the history says who recorded it. */
export function RecordFactForm({ account }: { account: StoryAccount }) {
  const [fact, setFact] = useState<Fact>('opt_out');
  const [channel, setChannel] = useState<string>('sms');
  const [from, setFrom] = useState('18:00');
  const [to, setTo] = useState('21:00');
  const queryClient = useQueryClient();
  const ids = { fact: useId(), channel: useId(), from: useId(), to: useId() };
  const record = useMutation({
    mutationFn: (patch: Patch) => kairosApi.recordCompliance(account.id, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['account', account.id] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate(factPatch(fact, { channel, from, to }, account.compliance));
  };
  return (
    <form className="inline-form" aria-label="Record a fact" onSubmit={submit}>
      <div className="field">
        <label htmlFor={ids.fact}>The holder</label>
        <select id={ids.fact} value={fact} onChange={(e) => setFact(e.target.value as Fact)}>
          {Object.entries(FACTS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {fact === 'opt_out' && (
        <div className="field">
          <label htmlFor={ids.channel}>Channel</label>
          <select id={ids.channel} value={channel} onChange={(e) => setChannel(e.target.value)}>
            {CHANNELS.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
      )}
      {fact === 'inconvenient' && (
        <>
          <div className="field">
            <label htmlFor={ids.from}>From</label>
            <input id={ids.from} type="time" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.to}>To</label>
            <input id={ids.to} type="time" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
        </>
      )}
      <button type="submit" disabled={record.isPending}>
        Record
      </button>
      {record.isSuccess && (
        <span role="status" className="ok">
          Recorded: the next contact decision uses it.
        </span>
      )}
      {record.isError && <ErrorMessage error={record.error} title="The fact was not recorded" />}
    </form>
  );
}
