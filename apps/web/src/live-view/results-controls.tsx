import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { CheckedInput } from '../analytics/checked-input';
import { rangeFromParams, rangeProblems, withParams, type DayRange } from '../analytics/date-range';
import { QueryError } from '../analytics/query-error';
import type { EditorStore } from '../store/editor-store';

const DEFAULT_PAID_WITHIN = 7;
const paidWithinFrom = (params: URLSearchParams) => {
  const n = Number(params.get('paidWithin'));
  return Number.isInteger(n) && n >= 1 && n <= 365 ? n : DEFAULT_PAID_WITHIN;
};

/**
 * "Show results": a version's accounts over chosen days drawn on the canvas (each step: entered, waiting now,
 * exited here, paid within N days; each arrow: its volume). What is shown is in the address (`results=1`,
 * `from`, `to`, `paidWithin`), so a view can be shared.
 */
export function ResultsControls({ versionId, store, today = new Date() }: { versionId: string; store: EditorStore; today?: Date }) {
  const [params, setParams] = useSearchParams();
  // The switch answers at once; the address follows (a router navigation can land a moment later, and a
  // checkbox bound to it alone would flick back meanwhile). Back and forward still set it from the address.
  const inAddress = params.get('results') === '1';
  const [on, setOn] = useState(inAddress);
  useEffect(() => setOn(inAddress), [inAddress]);
  const range = rangeFromParams(params, today);
  const paidWithinDays = paidWithinFrom(params);
  const query = { from: range.from, to: range.to, paidWithinDays };
  const results = useQuery({
    queryKey: queryKeys.versionAnalytics(versionId, query),
    queryFn: () => kairosApi.versionAnalytics(versionId, query),
    enabled: on,
  });

  useEffect(() => {
    const s = store.getState();
    if (!on) s.setResults(null);
    else if (results.data) s.setResults({ paidWithinDays: results.data.paidWithinDays, nodes: results.data.nodes, edges: results.data.edges });
  }, [store, on, results.data]);

  const apply = (r: DayRange, n: number) => setParams(withParams(params, { from: r.from, to: r.to, paidWithin: String(n) }));

  return (
    <section className="results-controls" aria-label="Results on the canvas">
      <label className="toggle">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => {
            setOn(e.target.checked);
            setParams(withParams(params, { results: e.target.checked ? '1' : undefined }));
          }}
        />{' '}
        Show results
      </label>
      {on && <ResultsForm key={`${range.from}/${range.to}/${paidWithinDays}`} range={range} paidWithinDays={paidWithinDays} onApply={apply} />}
      {on && results.isPending && (
        <span className="muted" role="status">
          Loading results…
        </span>
      )}
      {on && results.data && (
        <span className="muted" role="status">
          Results of {results.data.range.from} to {results.data.range.to}: paid within {results.data.paidWithinDays} days of entering each step.
        </span>
      )}
      {on && results.isError && <QueryError error={results.error} retry={() => void results.refetch()} title="Results are not available" />}
    </section>
  );
}

function ResultsForm({ range, paidWithinDays, onApply }: { range: DayRange; paidWithinDays: number; onApply(r: DayRange, n: number): void }) {
  const [draft, setDraft] = useState({ ...range, n: String(paidWithinDays) });
  const [problems, setProblems] = useState<Partial<Record<'from' | 'to' | 'n', string>>>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Partial<Record<'from' | 'to' | 'n', string>> = rangeProblems(draft);
    const n = Number(draft.n);
    if (!Number.isInteger(n) || n < 1 || n > 365) found.n = 'Give a whole number of days from 1 to 365.';
    setProblems(found);
    if (Object.keys(found).length === 0) onApply({ from: draft.from, to: draft.to }, n);
  };
  const field = (key: 'from' | 'to' | 'n', label: string, type: string) => (
    <CheckedInput
      label={label}
      problem={problems[key]}
      type={type}
      value={draft[key]}
      {...(type === 'number' ? { min: 1, max: 365, step: 1 } : {})}
      onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
    />
  );
  return (
    <form className="inline-form" onSubmit={submit} aria-label="Results days" noValidate>
      {field('from', 'From day', 'date')}
      {field('to', 'To day', 'date')}
      {field('n', 'Paid within (days)', 'number')}
      <button type="submit">Apply</button>
    </form>
  );
}
