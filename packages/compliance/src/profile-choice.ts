// Which profile governs an account: its own override, else its portfolio's, else the configured default.

/** The built-in default when nothing is configured. */
export const DEFAULT_PROFILE_ID = 'us-reg-f';

export type ProfileSource = 'account' | 'portfolio' | 'default';

/** The profile id that governs an account, and where the choice came from. */
export function chooseProfile(choice: { account?: string | null | undefined; portfolio?: string | null | undefined; fallback?: string }): {
  id: string;
  source: ProfileSource;
} {
  if (choice.account) return { id: choice.account, source: 'account' };
  if (choice.portfolio) return { id: choice.portfolio, source: 'portfolio' };
  return { id: choice.fallback ?? DEFAULT_PROFILE_ID, source: 'default' };
}
