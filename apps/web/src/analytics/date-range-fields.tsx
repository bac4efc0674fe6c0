import { useState, type FormEvent } from 'react';
import { CheckedInput } from './checked-input';
import { rangeProblems, type DayRange } from './date-range';

/** "From day" and "To day" with an Apply button; problems show at the field and nothing is applied. */
export function DateRangeFields({ range, onApply, children }: { range: DayRange; onApply(r: DayRange): void; children?: React.ReactNode }) {
  const [draft, setDraft] = useState(range);
  const [problems, setProblems] = useState<ReturnType<typeof rangeProblems>>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = rangeProblems(draft);
    setProblems(found);
    if (Object.keys(found).length === 0) onApply(draft);
  };
  const field = (key: keyof DayRange, label: string) => (
    <CheckedInput label={label} problem={problems[key]} type="date" value={draft[key]} onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))} />
  );
  return (
    <form className="inline-form analytics-filters" onSubmit={submit} aria-label="Days and filters">
      {field('from', 'From day')}
      {field('to', 'To day')}
      {children}
      <button type="submit">Apply</button>
    </form>
  );
}
