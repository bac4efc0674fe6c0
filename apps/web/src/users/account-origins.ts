// Who handed a person their account, in words for the people and review screens. The approval rule
// reads the same facts: an officer whose account an author handed over may not approve that work.
import type { AccountOrigin } from '@kairos/review';

/** Ids that name no person but the setup that made the account. */
const SETUP: Record<string, string> = { seed: 'the demo setup' };

const HOW: Record<AccountOrigin['how'], string> = {
  created: 'Created by',
  invited: 'Invited by',
  password_reset: 'Password reset through a link from',
};

/** "Invited by Ada Admin", "Created by the demo setup", … one phrase per origin. */
export const originPhrase = (o: AccountOrigin): string => `${HOW[o.how]} ${o.byName ?? SETUP[o.byId] ?? `someone no longer here (${o.byId})`}`;

/** All of a person's origins as a sentence, or a note that nothing is recorded (accounts from before it was). */
export function originsText(origins: readonly AccountOrigin[]): string {
  if (origins.length === 0) return 'Not recorded';
  const [first, ...rest] = origins.map(originPhrase);
  return [first, ...rest.map((p) => p.charAt(0).toLowerCase() + p.slice(1))].join('; ');
}
