import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { kairosApi } from '../api/endpoints';
import { minorDigits } from '../shell/format';
import { ErrorMessage } from '../shell/status';
import type { StoryAccount } from './story';

/** Amount typed in major units ("25" or "25.50") to minor units; null when it is not a positive amount in the currency's digits. */
export function minorUnits(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m || (m[2] ?? '').length > digits) return null;
  const cents = Number(m[1]) * 10 ** digits + Number((m[2] ?? '').padEnd(digits, '0') || 0);
  return cents > 0 ? cents : null;
}

/** Report a payment or a promise to pay the holder made on a call: stored once (the form's event id), then delivered to running cadences. */
export function ReportEventForm({ account }: { account: StoryAccount }) {
  const [type, setType] = useState<'promise' | 'payment'>('promise');
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState('');
  const [eventId, setEventId] = useState(() => `web-${crypto.randomUUID()}`);
  const [problem, setProblem] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const ids = { type: useId(), amount: useId(), date: useId() };
  const report = useMutation({
    mutationFn: kairosApi.reportAccountEvent,
    onSuccess: () => {
      setEventId(`web-${crypto.randomUUID()}`);
      setAmount('');
      return queryClient.invalidateQueries({ queryKey: ['account', account.id] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const amountCents = minorUnits(amount, account.currency);
    if (amountCents === null) return setProblem(`Type the amount in ${account.currency}, e.g. 25 or 25.50.`);
    if (type === 'promise' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem('Pick the day the holder promised to pay by.');
    setProblem(null);
    const occurredAt = new Date().toISOString();
    report.mutate(type === 'promise' ? { type, eventId, accountId: account.id, occurredAt, amountCents, promisedDate: date } : { type, eventId, accountId: account.id, occurredAt, amountCents });
  };
  return (
    <form className="inline-form" aria-label="Report a payment or promise" onSubmit={submit}>
      <div className="field">
        <label htmlFor={ids.type}>Report</label>
        <select id={ids.type} value={type} onChange={(e) => setType(e.target.value as 'promise' | 'payment')}>
          <option value="promise">A promise to pay</option>
          <option value="payment">A payment</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.amount}>Amount ({account.currency})</label>
        <input id={ids.amount} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} aria-invalid={problem !== null} />
      </div>
      {type === 'promise' && (
        <div className="field">
          <label htmlFor={ids.date}>Promised by</label>
          <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
      )}
      <button type="submit" disabled={report.isPending}>
        Report
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {report.isSuccess && (
        <span role="status" className="ok">
          Reported.
        </span>
      )}
      {report.isError && <ErrorMessage error={report.error} title="Nothing was reported" />}
    </form>
  );
}
