import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CHANNELS, type AnalyticsSettings, type Channel } from '../api/analytics-types';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { CheckedInput } from '../analytics/checked-input';
import { FormSaveBar, refusedFields } from '../shell/form-save-bar';
import {
  CHANNEL_NAMES, currencyProblem, formFromSettings, problemsFromIssues, sameForm, settingsFromForm, unitCostProblems, type UnitCostField, type UnitCostForm, type UnitCostProblems,
} from './unit-cost-form';

const fieldOrder: UnitCostField[] = ['currency', ...CHANNELS];


/** Administrators: the currency and each channel's cost of one attempt, checked as typed, saved together. */
export function ChannelCostsForm({ saved }: { saved: AnalyticsSettings }) {
  const client = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [baseline, setBaseline] = useState(saved);
  const [form, setForm] = useState<UnitCostForm>(() => formFromSettings(saved));
  const [problems, setProblems] = useState<UnitCostProblems>({});
  const [refusal, setRefusal] = useState<string[]>([]);
  const dirty = !sameForm(form, formFromSettings(baseline));

  const save = useMutation({
    mutationFn: kairosApi.putAnalyticsSettings,
    onSuccess: async (now) => {
      setBaseline(now);
      setForm(formFromSettings(now));
      client.setQueryData(queryKeys.analyticsSettings, now);
      // Costs re-price history: every cost figure shown so far is out of date.
      await Promise.all([client.invalidateQueries({ queryKey: ['dashboard'] }), client.invalidateQueries({ queryKey: ['experiments'] })]);
    },
    onError: (err) => {
      if (!refusedFields(err)) return;
      const { fields, other } = problemsFromIssues(err.issues);
      setProblems(fields);
      setRefusal(other);
      focusFirst(fields);
    },
  });

  // Leaving the page (reload, close, another site) with unsaved costs asks first; the browser words the question.
  useEffect(() => {
    if (!dirty) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  function focusFirst(found: UnitCostProblems) {
    const first = fieldOrder.find((f) => found[f]);
    if (first) formRef.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
  }

  const edit = (field: UnitCostField, value: string) => {
    setForm((f) => (field === 'currency' ? { ...f, currency: value.toUpperCase() } : { ...f, costs: { ...f.costs, [field]: value } }));
    // A problem stands until its field changes; then the next Save checks it again.
    setProblems(({ [field]: _gone, ...rest }) => rest);
    save.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = unitCostProblems(form);
    setProblems(found);
    setRefusal([]);
    if (Object.keys(found).length > 0) return focusFirst(found);
    save.mutate(settingsFromForm(form));
  };

  const discard = () => {
    setForm(formFromSettings(baseline));
    setProblems({});
    setRefusal([]);
    save.reset();
  };

  const unit = currencyProblem(form.currency) ? 'per attempt, in the currency above' : `${form.currency.trim()} per attempt`;
  const count = Object.keys(problems).length;
  return (
    <form ref={formRef} className="channel-costs-form" aria-label="Channel costs" aria-busy={save.isPending || undefined} onSubmit={submit} noValidate>
      <div className="channel-costs-currency">
        <CheckedInput
          label="Currency"
          name="currency"
          problem={problems.currency}
          hint="ISO 4217 code, such as USD, EUR or GBP: the money of the dashboard and experiments."
          value={form.currency}
          maxLength={3}
          size={4}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          onChange={(e) => edit('currency', e.target.value)}
        />
      </div>
      <fieldset className="channel-costs-fields">
        <legend>Cost of one contact attempt</legend>
        {CHANNELS.map((c: Channel) => (
          <CheckedInput
            key={c}
            label={CHANNEL_NAMES[c]}
            name={c}
            problem={problems[c]}
            hint={unit}
            value={form.costs[c]}
            inputMode="decimal"
            autoComplete="off"
            size={8}
            onChange={(e) => edit(c, e.target.value)}
          />
        ))}
      </fieldset>
      <FormSaveBar
        save={save}
        dirty={dirty}
        onDiscard={discard}
        action="Save costs"
        pendingText="Saving the costs…"
        savedText="Saved: the dashboard and the experiment pages now price contact attempts at these costs."
        problemCount={count}
        refusal={refusal}
        noRetryWhenForbidden
      />
    </form>
  );
}
