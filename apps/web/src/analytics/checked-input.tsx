import { useId, type InputHTMLAttributes } from 'react';

/** A labelled input whose problem, when there is one, shows beside it and is announced with it. */
export function CheckedInput({ label, problem, ...input }: { label: string; problem: string | undefined } & InputHTMLAttributes<HTMLInputElement>) {
  const problemId = useId();
  return (
    <label className={problem ? 'field-invalid' : undefined}>
      {label}{' '}
      <input {...input} aria-invalid={problem ? true : undefined} aria-describedby={problem ? problemId : undefined} />
      {problem && (
        <span id={problemId} className="field-error">
          {problem}
        </span>
      )}
    </label>
  );
}
