import { describe, expect, it } from 'vitest';
import { accountsLink, filterFromParams, filterWords, MAX_PASTED_IDS, readPastedIds } from './audience';

describe('the audience an enroll address names', () => {
  it('reads the filter the Accounts list passes on and says it in words', () => {
    const filter = filterFromParams(new URLSearchParams('portfolio=default&dpd=16-30&status=promise_open'));
    expect(filter).toEqual({ portfolio: ['default'], dpd: ['16-30'], status: ['promise_open'] });
    expect(filterWords(filter)).toBe('portfolio default, DPD 16-30, promise open');
  });

  it('says every part of a wide filter, and links back to the same list', () => {
    const address = 'portfolio=cards,loans&dpd=pre_due,60%2B&tier=late&balanceMin=10000&balanceMax=250050&status=dispute,paid&q=dana';
    const filter = filterFromParams(new URLSearchParams(address));
    expect(filterWords(filter)).toBe('portfolios cards or loans, not yet due or DPD over 60, tier late, balance 100.00 to 2,500.50, in dispute or paid, matching “dana”');
    expect(accountsLink(filter)).toBe(`/accounts?${new URLSearchParams(address).toString()}`);
  });

  it('drops what the API would refuse and ignores the list order and page', () => {
    const filter = filterFromParams(new URLSearchParams('dpd=90%2B&status=happy&sort=name&page=3&balanceMax=12'));
    expect(filter).toEqual({ balanceMax: 12 });
    expect(filterWords(filter)).toBe('balance at most 0.12');
    expect(filterWords({})).toBe('every account of the portfolios you read');
    expect(accountsLink({})).toBe('/accounts');
  });
});

describe('a pasted list of account ids', () => {
  it('takes one id per line or a spreadsheet row, each once', () => {
    expect(readPastedIds(' A-1\nA-2, A-3;A-1\tA-4 \n\n')).toEqual({ ok: true, accountIds: ['A-1', 'A-2', 'A-3', 'A-4'], repeated: 1 });
  });

  it('says what to do with an empty, oversized or wrong paste', () => {
    expect(readPastedIds(' \n ')).toEqual({ ok: false, problem: 'Paste at least one account id, one per line.' });
    const many = Array.from({ length: MAX_PASTED_IDS + 1 }, (_, i) => `A-${i}`).join('\n');
    expect(readPastedIds(many)).toEqual({ ok: false, problem: '100,001 ids is more than 100,000: enroll them in parts.' });
    const paragraph = readPastedIds('x'.repeat(201));
    expect(paragraph.ok || paragraph.problem).toMatch(/longer than an account id can be/);
  });
});
