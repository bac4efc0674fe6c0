import type { components } from '../api/openapi';

export type EntryMatches = components['schemas']['EntryMatches'];

const accounts = (n: number) => `${n.toLocaleString('en-US')} account${n === 1 ? '' : 's'}`;

/**
 * What publishing a rule-triggered draft does to accounts, in words for the confirmation: how many its
 * rule enrolls at once and from which portfolios. Null when the Entry enrolls through the API only, so
 * publishing enrolls nobody and needs no confirmation.
 */
export function entryMatchesText(m: EntryMatches): { headline: string; details: string[] } | null {
  if (m.trigger === 'api') return null;
  const count = m.capped ? `At least ${accounts(m.matching)}` : m.matching === 0 ? 'No account' : accounts(m.matching);
  const verb = m.matching === 1 && !m.capped ? 'matches' : 'match';
  const headline = m.matching === 0 && !m.capped
    ? 'No account matches the entry rule now: publishing enrolls nobody yet; accounts enter as they come to match it.'
    : `${count} ${verb} the entry rule now and will be enrolled as soon as you publish.`;
  const details = m.portfolios.length > 1 ? [`By portfolio: ${m.portfolios.map((p) => `${p.portfolioId} ${p.matching.toLocaleString('en-US')}`).join(', ')}.`] : [];
  if (m.unreadPortfolios.length > 0) {
    const names = m.unreadPortfolios.join(', ');
    details.push(`The rule also enrolls accounts of ${names}, ${m.unreadPortfolios.length === 1 ? 'a portfolio' : 'portfolios'} you do not read: they are not counted here.`);
  }
  return { headline, details };
}
