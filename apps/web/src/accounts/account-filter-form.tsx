import { useId, useState, type FormEvent } from 'react';
import { amountToCents, ACCOUNT_STATUSES, DPD_BUCKETS, DPD_TEXT, STATUS_TEXT, type AccountListView } from './account-list-params';

type Filter = Omit<AccountListView, 'sort' | 'order' | 'page'>;
const dollars = (cents: number | undefined) => (cents === undefined ? '' : (cents / 100).toFixed(2).replace(/\.00$/, ''));

/** The search box and filters, applied together with "Apply" (or Enter); a wrong amount is shown at its field. */
export function AccountFilterForm({ view, onApply }: { view: AccountListView; onApply(f: Filter): void }) {
  const id = useId();
  const [q, setQ] = useState(view.q);
  const [portfolio, setPortfolio] = useState(view.portfolio.join(', '));
  const [tier, setTier] = useState(view.tier.join(', '));
  const [dpd, setDpd] = useState(view.dpd);
  const [status, setStatus] = useState(view.status);
  const [min, setMin] = useState(dollars(view.balanceMin));
  const [max, setMax] = useState(dollars(view.balanceMax));
  const [problem, setProblem] = useState<{ field: 'min' | 'max'; text: string } | null>(null);
  const words = (s: string) => s.split(',').map((w) => w.trim()).filter(Boolean);
  const toggle = (list: string[], set: (l: string[]) => void, value: string) => set(list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const balanceMin = amountToCents(min);
    const balanceMax = amountToCents(max);
    if (balanceMin === null) return setProblem({ field: 'min', text: 'Type an amount such as 250 or 1,250.50.' });
    if (balanceMax === null) return setProblem({ field: 'max', text: 'Type an amount such as 250 or 1,250.50.' });
    if (balanceMin !== undefined && balanceMax !== undefined && balanceMin > balanceMax) return setProblem({ field: 'max', text: 'The largest balance is below the smallest: swap them.' });
    setProblem(null);
    onApply({ q: q.trim(), portfolio: words(portfolio), tier: words(tier), dpd, status, ...(balanceMin !== undefined ? { balanceMin } : {}), ...(balanceMax !== undefined ? { balanceMax } : {}) });
  };
  const amount = (field: 'min' | 'max', label: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input id={`${id}-${field}`} inputMode="decimal" value={value} onChange={(e) => set(e.target.value)} {...(problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {})} />
      {problem?.field === field && (
        <p id={`${id}-${field}-error`} className="field-error">
          {problem.text}
        </p>
      )}
    </div>
  );
  return (
    <form className="account-filters" aria-label="Filter the accounts" onSubmit={submit} noValidate>
      <div className="field account-search">
        <label htmlFor={`${id}-q`}>Search</label>
        <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Account id, start of a name, phone or email" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-portfolio`}>Portfolios</label>
        <input id={`${id}-portfolio`} value={portfolio} onChange={(e) => setPortfolio(e.target.value)} placeholder="cards, loans" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tier`}>Tiers</label>
        <input id={`${id}-tier`} value={tier} onChange={(e) => setTier(e.target.value)} placeholder="early, late" />
      </div>
      {amount('min', 'Smallest balance', min, setMin)}
      {amount('max', 'Largest balance', max, setMax)}
      <fieldset>
        <legend>Days past due</legend>
        {DPD_BUCKETS.map((b) => (
          <label key={b} className="check">
            <input type="checkbox" checked={dpd.includes(b)} onChange={() => toggle(dpd, setDpd, b)} /> {DPD_TEXT[b]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Status (any of)</legend>
        {ACCOUNT_STATUSES.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" checked={status.includes(s)} onChange={() => toggle(status, setStatus, s)} /> {STATUS_TEXT[s]}
          </label>
        ))}
      </fieldset>
      <div className="account-filter-buttons">
        <button type="submit" className="primary">
          Apply
        </button>
      </div>
    </form>
  );
}
