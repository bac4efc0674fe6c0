import { useId, type InputHTMLAttributes } from 'react';

/**
 * A labelled input whose problem, when there is one, shows beside it and is announced with it; `hint` is a
 * short description after the input (a unit, an example), read out with it too. The input is named by the
 * label's text alone: the hint and the problem describe it rather than becoming part of its name.
 */
export function CheckedInput({ label, problem, hint, ...input }: { label: string; problem: string | undefined; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const labelId = useId();
  const problemId = useId();
  const hintId = useId();
  const describedBy = [problem ? problemId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  return (
    <label className={problem ? 'field-invalid' : undefined}>
      <span id={labelId}>{label}</span>{' '}
      <input {...input} aria-labelledby={labelId} aria-invalid={problem ? true : undefined} aria-describedby={describedBy || undefined} />
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {problem && (
        <span id={problemId} className="field-error">
          {problem}
        </span>
      )}
    </label>
  );
}
