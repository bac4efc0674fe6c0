import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { DashboardFilter } from '../api/analytics-types';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { CheckedInput } from '../analytics/checked-input';
import { rangeProblems } from '../analytics/date-range';
import { TIERS } from './dashboard-filters';

type Form = Required<DashboardFilter>;

/** Days, tier, cadence and version; Apply puts them in the address. A version is picked among the chosen cadence's. */
export function DashboardFilterForm({ initial, tiers, onApply }: { initial: DashboardFilter; tiers: readonly string[]; onApply(f: DashboardFilter): void }) {
  const [form, setForm] = useState<Form>({ from: '', to: '', tier: '', cadenceId: '', versionId: '', ...initial });
  const [problems, setProblems] = useState<ReturnType<typeof rangeProblems>>({});
  const cadences = useQuery({ queryKey: queryKeys.cadences(true), queryFn: () => kairosApi.listCadences(true) });
  const versions = useQuery({
    queryKey: queryKeys.versions(form.cadenceId),
    queryFn: () => kairosApi.listVersions(form.cadenceId),
    enabled: form.cadenceId !== '',
  });
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = rangeProblems(form);
    setProblems(found);
    if (Object.keys(found).length === 0) onApply(form);
  };
  const day = (key: 'from' | 'to', label: string) => (
    <CheckedInput label={label} problem={problems[key]} type="date" value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />
  );
  const tierOptions = [...new Set([...TIERS, ...tiers])];

  // Each select names itself: the name of a select wrapped in its label would include the chosen option
  // (a cadence called "… version …" would answer to "Version").
  return (
    <form className="inline-form analytics-filters" onSubmit={submit} aria-label="Dashboard filters">
      {day('from', 'From day')}
      {day('to', 'To day')}
      <label>
        Tier{' '}
        <select aria-label="Tier" value={form.tier} onChange={(e) => set({ tier: e.target.value })}>
          <option value="">All tiers</option>
          {tierOptions.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        Cadence{' '}
        <select aria-label="Cadence" value={form.cadenceId} onChange={(e) => set({ cadenceId: e.target.value, versionId: '' })}>
          <option value="">All cadences</option>
          {cadences.data?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Version{' '}
        <select aria-label="Version" value={form.versionId} onChange={(e) => set({ versionId: e.target.value })} disabled={form.cadenceId === ''} aria-describedby="dashboard-version-help">
          <option value="">All versions</option>
          {versions.data?.map((v) => (
            <option key={v.id} value={v.id}>
              Version {v.version}
            </option>
          ))}
        </select>
      </label>
      <span id="dashboard-version-help" className="visually-hidden">
        Choose a cadence first to pick one of its versions.
      </span>
      <button type="submit">Apply</button>
    </form>
  );
}
