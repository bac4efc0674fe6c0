import { CheckedInput } from '../analytics/checked-input';
import type { NewPasswordForm, NewPasswordProblems } from './new-password';

/** A new password typed twice; problems show once the person has tried to save (`problems`), server ones included. */
export function NewPasswordFields({ value, onChange, problems }: { value: NewPasswordForm; onChange(next: NewPasswordForm): void; problems: NewPasswordProblems }) {
  return (
    <>
      <CheckedInput
        label="New password"
        type="password"
        autoComplete="new-password"
        value={value.password}
        problem={problems.password}
        hint="At least 12 characters."
        onChange={(e) => onChange({ ...value, password: e.target.value })}
      />
      <CheckedInput
        label="New password again"
        type="password"
        autoComplete="new-password"
        value={value.repeat}
        problem={problems.repeat}
        onChange={(e) => onChange({ ...value, repeat: e.target.value })}
      />
    </>
  );
}
