// The account page's read, as the API answers it (GET /accounts/{id}/story).
import type { Answer } from '../api/types';

export type AccountStory = Answer<'/api/v1/accounts/{id}/story', 'get'>;
export type StoryAccount = AccountStory['account'];

/** The most the API answers per list; "Show more" stops there. */
export const MOST_PER_SECTION = 200;
/** How many entries each list shows first. */
export const FIRST_PER_SECTION = 20;

/** The next, larger page size after "Show more" (doubling, up to the API's most). */
export const moreThan = (limit: number) => Math.min(limit * 2, MOST_PER_SECTION);

/** A human word for a DPD: "12 days past due", "due in 3 days", "due today". */
export function dpdText(dpd: number): string {
  if (dpd > 0) return `${dpd} day${dpd === 1 ? '' : 's'} past due`;
  if (dpd === 0) return 'due today';
  return `due in ${-dpd} day${dpd === -1 ? '' : 's'}`;
}
