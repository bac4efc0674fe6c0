// The checks of a new password, as the server makes them (12 to 128 characters), plus the one only a
// form can make: both copies typed alike. Each problem says how to fix it.
export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 128;

export interface NewPasswordForm {
  password: string;
  repeat: string;
}
export type NewPasswordProblems = Partial<Record<keyof NewPasswordForm, string>>;

export function newPasswordProblems(f: NewPasswordForm): NewPasswordProblems {
  const problems: NewPasswordProblems = {};
  if (f.password.length < MIN_PASSWORD) problems.password = `Use at least ${MIN_PASSWORD} characters (${f.password.length} now); a few words in a row are easy to remember.`;
  else if (f.password.length > MAX_PASSWORD) problems.password = `Use at most ${MAX_PASSWORD} characters.`;
  if (f.repeat !== f.password) problems.repeat = 'Type the same password again: the two differ.';
  return problems;
}
