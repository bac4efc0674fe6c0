// What an enrollment places in its cadence: the account's balance, currency, due date and tier at the
// moment it was enrolled. Every path that stores an enrollment (an API call, an entry rule) takes them
// from here, so analytics never meets an enrollment that does not say what was placed.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { accounts } from '../schema';

export interface PlacedFacts {
  placedCents: SQL;
  placedCurrency: SQL;
  placedDueDate: SQL;
  /** The account's own tier (attributes.tier), '' when none; analytics reports the tier a tier-split chose instead, once it has. */
  tier: SQL;
}

/**
 * The placed facts of an enrollment of `accountId`, read in the statement that inserts it: payments
 * may lower the balance later, and the analytics projection reads the enrollment after they did.
 */
export function placedFacts(accountId: string): PlacedFacts {
  const of = (column: SQLWrapper) => sql`(select ${column} from ${accounts} where ${accounts.id} = ${accountId})`;
  return {
    placedCents: of(accounts.balanceCents),
    placedCurrency: of(accounts.currency),
    placedDueDate: of(accounts.dueDate),
    tier: sql`coalesce(${of(sql`${accounts.attributes}->>'tier'`)}, '')`,
  };
}
