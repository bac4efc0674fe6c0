import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type SelectHTMLAttributes } from 'react';
import { US_STATE_CODES } from '@kairos/cadence';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { PortfolioCollector } from '../api/types';
import { CheckedInput } from '../analytics/checked-input';
import { FormSaveBar, refusedFields } from '../shell/form-save-bar';
import {
  collectorProblems, FIELD_PATHS, formFromIdentity, identityInput, licencePath, problemsFromIssues, sameForm, type CollectorForm, type CollectorProblems,
} from './collector-form';

type TextField = Exclude<keyof CollectorForm, 'licences' | 'state'>;
const TEXT_FIELDS: Array<{ field: TextField; label: string; hint?: string; autoComplete?: string; type?: string }> = [
  { field: 'legalName', label: 'Legal name', hint: 'As registered, e.g. Acme Recoveries Holdings LLC.', autoComplete: 'organization' },
  { field: 'displayName', label: 'Name in messages', hint: 'Disclosures say “This is …, a debt collector”: the legal name or a registered trade name.' },
  { field: 'phone', label: 'Phone', hint: 'With the country code, e.g. +1 212 555 0100.', autoComplete: 'tel', type: 'tel' },
  { field: 'line1', label: 'Street address', autoComplete: 'address-line1' },
  { field: 'line2', label: 'Address line 2 (optional)', autoComplete: 'address-line2' },
  { field: 'city', label: 'City', autoComplete: 'address-level2' },
  { field: 'postalCode', label: 'ZIP code', hint: 'e.g. 10001 or 10001-1234.', autoComplete: 'postal-code' },
  { field: 'hours', label: 'Phone hours', hint: 'As customers read them, e.g. Mon–Fri 8 am–8 pm ET.' },
  { field: 'website', label: 'Website', hint: 'An https:// address.', autoComplete: 'url', type: 'url' },
];

/** A labelled list of US state codes whose problem shows beside it and is announced with it (as CheckedInput does). */
function StateSelect({ label, problem, ...select }: { label: string; problem: string | undefined } & SelectHTMLAttributes<HTMLSelectElement>) {
  const labelId = useId();
  const problemId = useId();
  return (
    <label className={problem ? 'field-invalid' : undefined}>
      <span id={labelId}>{label}</span>{' '}
      <select {...select} aria-labelledby={labelId} aria-invalid={problem ? true : undefined} aria-describedby={problem ? problemId : undefined}>
        <option value="">Choose a state</option>
        {US_STATE_CODES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      {problem && (
        <span id={problemId} className="field-error">
          {problem}
        </span>
      )}
    </label>
  );
}


/** Administrators: who collects the portfolio, checked as the API and the worker check it, saved together. */
export function CollectorIdentityForm({ saved }: { saved: PortfolioCollector }) {
  const client = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [baseline, setBaseline] = useState(saved);
  const [form, setForm] = useState<CollectorForm>(() => formFromIdentity(saved.collector));
  const [problems, setProblems] = useState<CollectorProblems>({});
  const [refusal, setRefusal] = useState<string[]>([]);
  const dirty = !sameForm(form, formFromIdentity(baseline.collector));

  const focusFirst = (found: CollectorProblems) => {
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (Object.keys(found).length) first?.focus();
  };

  const save = useMutation({
    mutationFn: () => kairosApi.putCollector(saved.portfolioId, identityInput(form)),
    onSuccess: (now) => {
      setBaseline(now);
      setForm(formFromIdentity(now.collector));
      client.setQueryData(queryKeys.collector(now.portfolioId), now);
    },
    onError: (err) => {
      if (!refusedFields(err)) return;
      const { fields, other } = problemsFromIssues(err.issues, form);
      setProblems(fields);
      setRefusal(other);
      requestAnimationFrame(() => focusFirst(fields));
    },
  });

  const forget = (path: string) => {
    // A problem stands until its field changes; then the next Save checks it again.
    setProblems(({ [path]: _gone, licences: _list, ...rest }) => rest);
    save.reset();
  };
  const edit = (field: Exclude<keyof CollectorForm, 'licences'>, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    forget(FIELD_PATHS[field]);
  };
  const editLicence = (index: number, part: 'state' | 'number', value: string) => {
    setForm((f) => ({ ...f, licences: f.licences.map((l, i) => (i === index ? { ...l, [part]: value } : l)) }));
    forget(licencePath(index, part));
  };
  const removeLicence = (index: number) => {
    setForm((f) => ({ ...f, licences: f.licences.filter((_, i) => i !== index) }));
    setProblems({});
    save.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = collectorProblems(form);
    setProblems(found);
    setRefusal([]);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => focusFirst(found));
      return;
    }
    save.mutate();
  };

  const discard = () => {
    setForm(formFromIdentity(baseline.collector));
    setProblems({});
    setRefusal([]);
    save.reset();
  };

  const count = Object.keys(problems).length;
  const input = (f: TextField) => {
    const spec = TEXT_FIELDS.find((t) => t.field === f)!;
    return (
      <CheckedInput
        key={f}
        label={spec.label}
        name={FIELD_PATHS[f]}
        problem={problems[FIELD_PATHS[f]]}
        {...(spec.hint ? { hint: spec.hint } : {})}
        value={form[f]}
        type={spec.type ?? 'text'}
        autoComplete={spec.autoComplete ?? 'off'}
        onChange={(e) => edit(f, e.target.value)}
      />
    );
  };
  return (
    <form ref={formRef} className="collector-form" aria-label="Collector identity" aria-busy={save.isPending || undefined} onSubmit={submit} noValidate>
      <fieldset>
        <legend>Who collects</legend>
        {input('legalName')}
        {input('displayName')}
        {input('phone')}
        {input('hours')}
        {input('website')}
      </fieldset>
      <fieldset>
        <legend>Mailing address</legend>
        {input('line1')}
        {input('line2')}
        {input('city')}
        <StateSelect label="State" name={FIELD_PATHS.state} problem={problems[FIELD_PATHS.state]} value={form.state} onChange={(e) => edit('state', e.target.value)} />
        {input('postalCode')}
      </fieldset>
      <fieldset>
        <legend>Licences</legend>
        <p className="muted">One per state where you hold a collection licence; messages show the one for the account’s state.</p>
        {problems.licences && <p className="field-error">{problems.licences}</p>}
        {form.licences.map((l, i) => (
          <div className="collector-licence" key={i} role="group" aria-label={`Licence ${i + 1}`}>
            <StateSelect label={`Licence ${i + 1} state`} problem={problems[licencePath(i, 'state')]} value={l.state} onChange={(e) => editLicence(i, 'state', e.target.value)} />
            <CheckedInput label={`Licence ${i + 1} number`} problem={problems[licencePath(i, 'number')]} value={l.number} autoComplete="off" onChange={(e) => editLicence(i, 'number', e.target.value)} />
            <button type="button" onClick={() => removeLicence(i)}>
              Remove licence {i + 1}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setForm((f) => ({ ...f, licences: [...f.licences, { state: '', number: '' }] }))}>
          Add a licence
        </button>
      </fieldset>
      <FormSaveBar
        save={save}
        dirty={dirty}
        onDiscard={discard}
        action="Save identity"
        pendingText="Saving the identity…"
        savedText="Saved: messages, disclosures, letters and the checkout page now name this collector."
        problemCount={count}
        refusal={refusal}
      />
    </form>
  );
}
