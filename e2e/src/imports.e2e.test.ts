// A strategist imports accounts with the web app alone, in Chromium against the real product: a ledger
// export with broken rows uploaded with the file button, one column's mapping changed, the problems read
// by row and column and downloaded, the import started and followed to its summary; then the fixed file
// dropped on the page (the saved mapping offered again), the fixed rows created and the rest unchanged,
// and every imported account found in the Accounts list.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, signIn, type BrowserSession } from './harness';

const RUN = Date.now().toString(36).toUpperCase();
const id = (n: number) => `IMP-${RUN}-${n}`;
const HEADER = 'Acct No,Debtor Name,Balance Due,Due Dt,Cell,Home Phone,Address,City,State,ZIP,Time Zone,SMS Opt In,Tier,Medical';
/** Three good rows (file rows 2, 3 and 8) around four broken ones, as a creditor's ledger export writes them. */
const GOOD = [
  `${id(1)},Dana Whitfield,"1,234.56",03/31/2027,(212) 555-0101,212-555-0151,12 Elm St,New York,NY,10001,ET,Y,gold,N`,
  `${id(2)},Ravi Anand,98.10,4/1/2027,646-555-0102,,,Chicago,IL,60601,America/Chicago,N,silver,N`,
];
const LAST = `${id(7)},"O'Neil, Pat",75.00,12/31/2027,,212-555-0157,"4 Main St, Apt 2",Portland,OR,97201-1234,PT,,gold,N`;
const BROKEN = [
  `${id(3)},Maria Lopez,"12,000.00",02/30/2027,917-555-0103,,,Austin,TX,78701,CT,Y,gold,Y`,
  `${id(4)},,250.00,05/15/2027,718-555-0104,,,Denver,CO,80202,MT,Y,bronze,N`,
  `${id(5)},Tom Baker,-40.00,05/15/2027,555-0105,,,Seattle,WA,98101,Moon/Base,maybe,bronze,N`,
  `${id(6)},Ann Kim,"3,500.505",06/01/27,212-555-0106,,,Boston,MA,2134,ET,Y,silver,N`,
];
const FIXED = [
  `${id(3)},Maria Lopez,"12,000.00",02/28/2027,917-555-0103,,,Austin,TX,78701,CT,Y,gold,Y`,
  `${id(4)},Lee Park,250.00,05/15/2027,718-555-0104,,,Denver,CO,80202,MT,Y,bronze,N`,
  `${id(5)},Tom Baker,40.00,05/15/2027,206-555-0105,,,Seattle,WA,98101,PT,N,bronze,N`,
  `${id(6)},Ann Kim,"3,500.50",06/01/2027,212-555-0106,,,Boston,MA,02134,ET,Y,silver,N`,
];
const file = (rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;

/** The figure of one count of the summary, e.g. Created. */
const count = (page: Page, label: string) => page.locator('dl[aria-label="Import summary"] > div').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd').textContent();

describe('importing accounts in the browser', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
    await signIn(session, 'strategist');
  });
  afterAll(async () => session?.close());

  it('maps a ledger export, lists its broken rows by row and column, imports the good ones with progress and a summary', async () => {
    const { page } = session;
    await page.goto('/accounts');
    await page.getByRole('link', { name: 'Import accounts' }).click();
    await page.getByRole('heading', { name: 'Import accounts', level: 1 }).waitFor();
    // A strategist imports test accounts: only sandbox portfolios are offered.
    const portfolio = page.getByRole('combobox', { name: 'Portfolio' });
    expect(await portfolio.inputValue()).toBe('sandbox');
    expect(await portfolio.locator('option').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('(sandbox)')]));
    expect((await portfolio.locator('option').allTextContents()).every((t) => t.includes('(sandbox)'))).toBe(true);

    await page.getByLabel('CSV file of accounts').setInputFiles({ name: `ledger-${RUN}.csv`, mimeType: 'text/csv', buffer: Buffer.from(file([...GOOD, ...BROKEN, LAST])) });
    const tier = page.getByRole('combobox', { name: 'Field for column Tier' });
    await tier.waitFor();
    // The suggestion read the header names and the cells' formats.
    expect(await page.getByRole('combobox', { name: 'Field for column Acct No' }).inputValue()).toBe('id');
    expect(await page.getByRole('combobox', { name: 'Format of column Due Dt' }).inputValue()).toBe('MM/DD/YYYY');
    expect(await tier.inputValue()).toBe('attributes.tier');
    const preview = page.getByRole('table', { name: 'The first rows as they will be stored' });
    await expect.poll(() => preview.getByRole('row').filter({ hasText: id(1) }).textContent()).toContain('$1,234.56');

    // The creditor's tier is this portfolio's segment: the preview follows the change.
    await tier.selectOption('attributes.segment');
    await expect.poll(() => preview.getByRole('row').filter({ hasText: id(1) }).textContent()).toContain('segment: gold');
    expect(await preview.getByRole('row').filter({ hasText: id(7) }).textContent()).toContain('2027-12-31');

    const problems = page.getByRole('table', { name: 'Problems by row and column' });
    const problem = (row: number, column: string) => problems.getByRole('row').filter({ has: page.getByRole('cell', { name: String(row), exact: true }) }).filter({ has: page.getByRole('cell', { name: column, exact: true }) });
    expect(await problem(4, 'Due Dt').textContent()).toContain('Is not a real calendar date (read as MM/DD/YYYY)');
    expect(await problem(5, 'Debtor Name').count()).toBe(1);
    expect(await problem(6, 'Balance Due').count()).toBe(1);
    expect(await problem(6, 'Time Zone').count()).toBe(1);
    expect(await problem(7, 'ZIP').count()).toBe(1);
    expect(await problems.getByRole('row').filter({ has: page.getByRole('cell', { name: '2', exact: true }) }).count()).toBe(0);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download problems (CSV)' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(`ledger-${RUN}-problems.csv`);
    const csv = readFileSync((await saved.path())!, 'utf8').trim().split('\n');
    expect(csv[0]).toBe('row,column,problem');
    expect(csv).toContain('4,Due Dt,is not a real calendar date (read as MM/DD/YYYY)');
    await session.screenshot('imports-1-mapping-and-problems');

    await expect.poll(() => page.getByText('3 rows will be imported and 4 rejected').count()).toBe(1);
    await page.getByRole('button', { name: 'Start import' }).click();
    const progress = page.getByRole('progressbar', { name: 'Rows imported' });
    await progress.waitFor();
    await expect.poll(() => page.getByRole('status', { name: 'Import progress' }).textContent(), { timeout: 60_000 }).toContain('7 of 7 rows');
    await page.locator('dl[aria-label="Import summary"]').waitFor({ timeout: 60_000 });
    expect(await progress.getAttribute('aria-valuetext')).toBe('100%');
    expect(await count(page, 'Created')).toBe('3');
    expect(await count(page, 'Rejected')).toBe('4');
    expect(await count(page, 'Unchanged')).toBe('0');
    await session.screenshot('imports-2-summary');
    // The past imports list it, done.
    await expect.poll(() => page.getByRole('table', { name: 'Past imports, newest first' }).getByRole('row').filter({ hasText: `ledger-${RUN}.csv` }).first().textContent()).toContain('Done');
    expect(session.problems).toEqual([]);
  });

  it('imports the fixed file dropped on the page: the fixed rows created, the others unchanged, all in the Accounts list', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Import another file' }).click();
    const drop = page.locator('.file-drop');
    await drop.waitFor();
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'ledger-fixed.csv', { type: 'text/csv' }));
      return dt;
    }, file([...GOOD, ...FIXED, LAST]));
    await drop.dispatchEvent('drop', { dataTransfer });

    // The portfolio's saved mapping is offered again: the tier is still the segment.
    const tier = page.getByRole('combobox', { name: 'Field for column Tier' });
    await tier.waitFor();
    expect(await tier.inputValue()).toBe('attributes.segment');
    await page.getByText('No row has a problem with this mapping.').waitFor();
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.locator('dl[aria-label="Import summary"]').waitFor({ timeout: 60_000 });
    expect(await count(page, 'Created')).toBe('4');
    expect(await count(page, 'Unchanged')).toBe('3');
    expect(await count(page, 'Updated')).toBe('0');
    expect(await count(page, 'Rejected')).toBe('0');

    await page.getByRole('link', { name: 'See the accounts of sandbox' }).click();
    await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
    for (const n of [1, 3, 4, 7]) {
      await page.goto(`/accounts?q=${encodeURIComponent(id(n))}`);
      await expect.poll(() => page.getByRole('table', { name: 'Accounts' }).getByRole('row').filter({ hasText: id(n) }).count(), { timeout: 30_000 }).toBe(1);
    }
    expect(await page.getByRole('table', { name: 'Accounts' }).getByRole('row').filter({ hasText: id(7) }).textContent()).toContain("O'Neil, Pat");
    expect(session.problems).toEqual([]);
  });
});
