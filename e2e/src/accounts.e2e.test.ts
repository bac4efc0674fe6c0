// The Accounts page against the real product in Debian's Chromium: every role opens it with no console
// error; an administrator filters by tier, searches, sorts, and the address holds the view (a reload
// shows the same list, the back button undoes the last change, "Enroll these" carries the filter).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Role } from '@kairos/review';
import { afternoonZone } from '@kairos/testkit';
import { apiAs, jsonAnswer, openBrowser, signIn, type BrowserSession } from './harness';

const ROLES: Role[] = ['strategist', 'compliance_officer', 'engineer', 'agent', 'admin'];

describe('the Accounts page in the browser', () => {
  let session: BrowserSession;
  const stamp = Date.now().toString(36);
  const tier = `e2e-${stamp}`;
  const id = (n: number) => `ACC-${stamp}-${n}`;

  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
    const admin = await apiAs('admin');
    try {
      for (const [n, balanceCents] of [[1, 30_000], [2, 10_000], [3, 20_000]] as const) {
        await jsonAnswer(
          await admin.put(`/api/v1/accounts/${id(n)}`, {
            data: { name: `Quinn ${stamp} ${n}`, phone: `+1555555${String(n).padStart(4, '0')}`, balanceCents, dueDate: '2026-11-01', timezone: afternoonZone(), consents: { sms: true }, attributes: { tier } },
          }),
          201,
        );
      }
    } finally {
      await admin.dispose();
    }
  });
  afterAll(async () => session?.close());

  it.each(ROLES)('opens for %s with its totals or an empty state, and no console error', async (role) => {
    const { page } = session;
    await signIn(session, role);
    await page.goto('/accounts');
    await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
    await page.locator('.accounts-totals, .empty-state').first().waitFor({ timeout: 30_000 });
    expect(session.problems).toEqual([]);
  });

  it('filters, searches and sorts, and the address round-trips through reload and back', async () => {
    const { page } = session;
    await signIn(session, 'admin');
    await page.goto('/accounts');
    const totals = page.getByRole('status', { name: 'Totals of the filter' });
    await totals.waitFor();
    await page.getByRole('textbox', { name: 'Tiers' }).fill(tier);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tier')).toBe(tier);
    await expect.poll(() => totals.textContent()).toMatch(/^3 accounts · \$600\.00 owed/);
    const rows = () => page.getByRole('table', { name: 'Accounts' }).locator('tbody tr td:first-child').allTextContents();
    expect(await rows()).toEqual([id(1), id(2), id(3)]);

    await page.getByRole('button', { name: 'Balance' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('balance');
    await expect.poll(rows).toEqual([id(2), id(3), id(1)]);
    await page.reload();
    await expect.poll(rows).toEqual([id(2), id(3), id(1)]);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBeNull();
    await expect.poll(rows).toEqual([id(1), id(2), id(3)]);

    await page.getByRole('searchbox', { name: 'Search' }).fill(`+1555555${'0002'}`);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(rows).toEqual([id(2)]);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual(expect.objectContaining({ tier, q: '+15555550002' }));
    await session.screenshot('accounts-filtered');

    await page.getByRole('searchbox', { name: 'Search' }).fill(`nobody-${stamp}`);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(session.problems).toEqual([]);
  });
});
