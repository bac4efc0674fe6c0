import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { CheckedInput } from '../analytics/checked-input';
import { sentence } from '../shell/format';
import { useRole } from '../shell/session-menu';
import { EmptyState, ErrorMessage, Loading } from '../shell/status';
import { EnrollTestAccount } from './enroll-test-account';
import { accountBody, CONSENT_CHANNELS, emptyTestAccount, formFieldOf, testAccountProblems, type TestAccountField, type TestAccountForm, type TestAccountProblems } from './test-account-form';
import { NotSavedNotice } from '../shell/form-save-bar';

/** Who may create test accounts (the API says the same: strategists in sandboxes, engineers and admins anywhere they read). */
export const TEST_ACCOUNT_WRITERS = ['strategist', 'engineer', 'admin'];
const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'UTC'];
const TIERS = ['pre-due', 'early', 'mid', 'late'];

const today = () => new Date().toISOString().slice(0, 10);
const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/New_York';
const suffix = () => Math.random().toString(36).slice(2, 8).toUpperCase();

/** `/accounts/new`: a test account in a sandbox portfolio (its messages go to the outbox), to try a cadence end to end. */
export function NewTestAccountPage() {
  const role = useRole();
  const policies = useQuery({ queryKey: queryKeys.portfolioPolicies, queryFn: kairosApi.portfolioPolicies });
  const sandboxes = (policies.data ?? []).filter((p) => p.sandbox);
  return (
    <div className="page test-account-page">
      <div className="page-head">
        <h1>New test account</h1>
      </div>
      <p className="page-intro">
        A test account lives in a sandbox portfolio: every message to it goes to the <Link to="/outbox">outbox</Link>, never to a real phone or inbox. Create one,
        enroll it in a published cadence and watch what it would receive.
      </p>
      {role !== undefined && !TEST_ACCOUNT_WRITERS.includes(role) ? (
        <EmptyState title="Your role does not create accounts">Strategists, engineers and administrators create test accounts: ask one of them.</EmptyState>
      ) : policies.isPending ? (
        <Loading what="your sandbox portfolios" />
      ) : policies.isError ? (
        <ErrorMessage error={policies.error} retry={() => void policies.refetch()} title="Your portfolios could not be loaded" />
      ) : sandboxes.length === 0 ? (
        <EmptyState title="You read no sandbox portfolio">
          Test accounts go into a sandbox portfolio (settings <code>sandbox: true</code>). Ask an administrator to create one and add it to your portfolios on the
          People page.
        </EmptyState>
      ) : (
        <TestAccountEditor sandboxes={sandboxes} />
      )}
    </div>
  );
}

function TestAccountEditor({ sandboxes }: { sandboxes: Array<{ portfolioId: string; name: string }> }) {
  const formRef = useRef<HTMLFormElement>(null);
  const fresh = () => emptyTestAccount({ portfolioId: sandboxes[0]!.portfolioId, today: today(), timezone: localZone(), suffix: suffix() });
  const [form, setForm] = useState<TestAccountForm>(fresh);
  const [problems, setProblems] = useState<TestAccountProblems>({});
  const [refusal, setRefusal] = useState<string[]>([]);
  const ids = { portfolio: useId(), zones: useId(), tiers: useId() };

  const save = useMutation({
    mutationFn: (f: TestAccountForm) => kairosApi.putAccount(f.id.trim(), accountBody(f)),
    onError: (err) => {
      if (!(err instanceof ApiError) || err.status !== 400 || err.issues.length === 0) return;
      const found: TestAccountProblems = {};
      const other: string[] = [];
      for (const issue of err.issues) {
        const at = String(issue.field ?? '');
        const message = String(issue.message ?? '');
        const field = formFieldOf(at);
        if (field) found[field] ??= sentence(message);
        else other.push(`${at}: ${message}`);
      }
      setProblems(found);
      setRefusal(other);
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    },
  });

  const edit = <K extends keyof TestAccountForm>(field: K, value: TestAccountForm[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    // A problem stands until its field changes; then the next Save checks it again.
    setProblems(({ [field as TestAccountField]: _gone, ...rest }) => rest);
    if (save.isError) save.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = testAccountProblems(form);
    setProblems(found);
    setRefusal([]);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    save.mutate(form);
  };

  if (save.isSuccess) {
    const account = save.data;
    const sandbox = sandboxes.find((s) => s.portfolioId === account.portfolioId);
    return (
      <section className="test-account-saved" aria-labelledby="saved-heading">
        <h2 id="saved-heading">Test account {account.id} saved</h2>
        <p role="status" className="ok">
          {account.name} is in {sandbox?.name ?? account.portfolioId}: messages to this account go to the outbox only.
        </p>
        <p>
          <Link to={`/accounts/${encodeURIComponent(account.id)}`}>Open the account {account.id}</Link>
        </p>
        <EnrollTestAccount accountId={account.id} />
        <button
          type="button"
          onClick={() => {
            setForm(fresh());
            setProblems({});
            save.reset();
          }}
        >
          Create another test account
        </button>
      </section>
    );
  }

  const count = Object.keys(problems).length;
  const text = (field: Exclude<TestAccountField, 'consents' | 'portfolioId'>, label: string, extra: Record<string, string> = {}) => (
    <CheckedInput label={label} name={field} problem={problems[field]} value={form[field]} autoComplete="off" onChange={(e) => edit(field, e.target.value)} {...extra} />
  );
  return (
    <form ref={formRef} className="collector-form test-account-form" aria-label="New test account" aria-busy={save.isPending || undefined} onSubmit={submit} noValidate>
      <fieldset>
        <legend>Where</legend>
        <label className={problems.portfolioId ? 'field-invalid' : undefined}>
          <span id={ids.portfolio}>Sandbox portfolio</span>{' '}
          <select aria-labelledby={ids.portfolio} value={form.portfolioId} aria-invalid={problems.portfolioId ? true : undefined} onChange={(e) => edit('portfolioId', e.target.value)}>
            {sandboxes.map((s) => (
              <option key={s.portfolioId} value={s.portfolioId}>
                {s.name}
              </option>
            ))}
          </select>
          {problems.portfolioId && <span className="field-error">{problems.portfolioId}</span>}
        </label>
        {text('id', 'Account id', { hint: 'Any id of your choosing, such as TEST-1001. Saving an id again replaces that test account.' })}
      </fieldset>
      <fieldset>
        <legend>Account holder</legend>
        {text('name', 'Name')}
        {text('phone', 'Phone', { type: 'tel', hint: 'With the country code, e.g. +1 555 555 0199.' })}
        {text('email', 'Email', { type: 'email' })}
        {text('timezone', 'Time zone', { list: ids.zones, hint: 'Where the holder lives, e.g. America/Chicago: messages go out in their contact hours.' })}
        <datalist id={ids.zones}>
          {ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </fieldset>
      <fieldset>
        <legend>Debt</legend>
        {text('balance', 'Balance (USD)', { inputMode: 'decimal', hint: 'e.g. 250 or 1250.50' })}
        {text('dueDate', 'Due date', { type: 'date' })}
        {text('tier', 'Tier (optional)', { list: ids.tiers, hint: 'A cadence may branch on it, e.g. early or late.' })}
        <datalist id={ids.tiers}>
          {TIERS.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </fieldset>
      <fieldset aria-describedby={problems.consents ? 'consents-problem' : undefined}>
        <legend>Consents</legend>
        <p className="muted">Channels the holder agreed to be contacted on; a message on any other is blocked.</p>
        {CONSENT_CHANNELS.map((c) => (
          <label key={c} className="checkbox">
            <input type="checkbox" checked={form.consents[c] === true} onChange={(e) => edit('consents', { ...form.consents, [c]: e.target.checked })} /> {c === 'sms' ? 'SMS' : c[0]!.toUpperCase() + c.slice(1)}
          </label>
        ))}
        {problems.consents && (
          <p id="consents-problem" className="field-error">
            {problems.consents}
          </p>
        )}
      </fieldset>
      <div className="row-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Create test account'}
        </button>
      </div>
      <NotSavedNotice count={count} refusal={refusal} />
      {save.isError && !(save.error instanceof ApiError && save.error.status === 400 && save.error.issues.length > 0) && (
        <p role="alert" className="field-error">
          Not saved: {sentence(errorMessage(save.error))}
        </p>
      )}
    </form>
  );
}
