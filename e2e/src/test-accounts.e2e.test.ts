// A strategist tries a cadence on a test account of their own, with the web app alone: the New test account
// page (a field's problem shown at the field, then fixed), enrolling the saved account in the published demo
// cadence, and its first message in the outbox — in the sandbox portfolio, whose sends never leave the outbox.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { afternoonZone } from '@kairos/testkit';
import { apiAs, openBrowser, signIn, type BrowserSession } from './harness';

describe('test accounts in the sandbox portfolio', () => {
  let session: BrowserSession;
  const accountId = `TEST-E2E-${randomBytes(3).toString('hex').toUpperCase()}`;

  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
    await signIn(session, 'strategist');
  });
  afterAll(async () => session?.close());

  it('creates a test account, enrolls it in a published cadence and finds its message in the outbox', async () => {
    const { page } = session;
    await page.goto('/accounts/new');
    const form = page.getByRole('form', { name: 'New test account' });
    await form.waitFor();
    expect(await form.getByRole('combobox', { name: 'Sandbox portfolio' }).inputValue()).toBe('sandbox');
    await form.getByRole('textbox', { name: 'Account id' }).fill(accountId);
    await form.getByRole('textbox', { name: 'Name' }).fill('Dana Test');
    await form.getByRole('textbox', { name: 'Phone' }).fill('+1 555 555 0177');
    // A text input with suggested zones: a combobox to assistive technology. Afternoon there, so the text may go now.
    await form.getByRole('combobox', { name: 'Time zone' }).fill(afternoonZone());
    const balance = form.getByRole('textbox', { name: 'Balance (USD)' });
    await balance.fill('12.345');
    await form.getByRole('button', { name: 'Create test account' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('one field needs a change');
    expect(await balance.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => form.getByText('Type the balance in dollars, such as 250 or 1250.50.').isVisible()).toBe(true);
    await balance.fill('250');
    await form.getByRole('button', { name: 'Create test account' }).click();

    await page.getByRole('heading', { name: `Test account ${accountId} saved` }).waitFor();
    expect(await page.getByRole('link', { name: `Open the account ${accountId}` }).getAttribute('href')).toBe(`/accounts/${accountId}`);
    const enroll = page.getByRole('form', { name: 'Enroll the test account' });
    await enroll.getByRole('combobox', { name: 'Enroll it in' }).selectOption({ label: 'Three reminders (demo)' });
    await enroll.getByRole('button', { name: 'Enroll' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Enrolled in' }).textContent()).toContain('Enrolled in Three reminders (demo)');

    await page.getByRole('link', { name: 'outbox' }).last().click();
    await page.getByRole('searchbox', { name: 'Account' }).fill(accountId);
    const row = page.getByRole('table', { name: 'Messages, newest first' }).getByRole('row').filter({ hasText: accountId }).first();
    await row.waitFor({ timeout: 60_000 });
    expect(await row.textContent()).toContain('+15555550177');
    expect(session.problems).toEqual([]);
  });

  it('keeps a strategist out of real portfolios: the API refuses with 403 and says what to do', async () => {
    const strategist = await apiAs('strategist');
    try {
      const res = await strategist.put(`/api/v1/accounts/${accountId}-REAL`, {
        data: { name: 'Real Person', phone: '+15555550178', balanceCents: 100, dueDate: '2026-11-01', portfolioId: 'default' },
      });
      expect(res.status()).toBe(403);
      expect(((await res.json()) as { message: string }).message).toMatch(/set portfolioId to a sandbox portfolio/);
    } finally {
      await strategist.dispose();
    }
  });
});
