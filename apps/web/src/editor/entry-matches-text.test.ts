import { describe, expect, it } from 'vitest';
import { entryMatchesText, type EntryMatches } from './entry-matches-text';

const matches = (m: Partial<EntryMatches>): EntryMatches => ({ trigger: 'dpd', matching: 0, capped: false, portfolios: [], unreadPortfolios: [], ...m });

describe('the words of the publish confirmation', () => {
  it('asks nothing for an Entry that enrolls through the API', () => {
    expect(entryMatchesText(matches({ trigger: 'api' }))).toBeNull();
  });

  it('says how many accounts publishing enrolls, by portfolio when there are several', () => {
    const text = entryMatchesText(matches({ matching: 1234, portfolios: [{ portfolioId: 'default', matching: 1200, examples: [] }, { portfolioId: 'cards', matching: 34, examples: [] }] }));
    expect(text).toEqual({ headline: '1,234 accounts match the entry rule now and will be enrolled as soon as you publish.', details: ['By portfolio: default 1,200, cards 34.'] });
  });

  it('says "at least" when counting stopped, and names the portfolios it could not count', () => {
    const text = entryMatchesText(matches({ matching: 100_000, capped: true, portfolios: [{ portfolioId: 'default', matching: 100_000, examples: [] }], unreadPortfolios: ['loans'] }));
    expect(text!.headline).toBe('At least 100,000 accounts match the entry rule now and will be enrolled as soon as you publish.');
    expect(text!.details).toEqual(['The rule also enrolls accounts of loans, a portfolio you do not read: they are not counted here.']);
  });

  it('says that nobody enters yet when nothing matches', () => {
    expect(entryMatchesText(matches({ matching: 0, portfolios: [{ portfolioId: 'default', matching: 0, examples: [] }] }))!.headline).toMatch(/^No account matches/);
    expect(entryMatchesText(matches({ matching: 1, portfolios: [{ portfolioId: 'default', matching: 1, examples: ['A-1'] }] }))!.headline).toMatch(/^1 account matches/);
  });
});
