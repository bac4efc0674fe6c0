// Channel costs end to end, against the real product in Debian's Chromium: a published cadence texts five
// accounts; the dashboard prices those texts at the default SMS cost; an administrator changes the SMS cost on
// the Channel costs page, and the dashboard's cost figures follow. No console errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { afternoonZone } from '@kairos/testkit';
import { apiAs, jsonAnswer, openBrowser, signIn, type BrowserSession } from './harness';

const ACCOUNTS = 5;
const DEFAULT_SETTINGS = { currency: 'USD', unitCostMinor: { sms: 1, email: 0, voice: 5, whatsapp: 2, push: 0, letter: 85 } };
const graph = JSON.parse(readFileSync(join(import.meta.dirname, '../../packages/cadence/examples/three-reminders.json'), 'utf8')) as unknown;
const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\u00a0/g, ' ').trim();

interface ChannelJson {
  channel: string;
  attempts: number;
  costMinor: number;
}

describe('channel costs in the browser', () => {
  let session: BrowserSession;
  const stamp = Date.now();
  const name = `E2E costs ${stamp}`;
  let cadenceId = '';

  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
  });
  afterAll(async () => {
    // Other files read the dashboard too: leave the costs as the product starts with them.
    const admin = await apiAs('admin');
    await admin.put('/api/v1/analytics/settings', { data: DEFAULT_SETTINGS });
    await admin.dispose();
    await session?.close();
  });

  it('texts five accounts from a published cadence, through the API', async () => {
    const admin = await apiAs('admin');
    const officer = await apiAs('compliance_officer');
    try {
      cadenceId = (await jsonAnswer(await admin.post('/api/v1/cadences', { data: { name, graph } }), 201)).id as string;
      const review = await jsonAnswer(await admin.post(`/api/v1/cadences/${cadenceId}/reviews`), 201);
      await jsonAnswer(await officer.post(`/api/v1/reviews/${review.id as string}/approve`, { data: { hash: review.hash } }), 200);
      await jsonAnswer(await admin.post(`/api/v1/cadences/${cadenceId}/versions`), 201);
      await jsonAnswer(await admin.put('/api/v1/analytics/settings', { data: DEFAULT_SETTINGS }), 200);
      // In a zone where it is early afternoon now, so quiet hours let the first text go at once.
      const timezone = afternoonZone();
      for (let i = 0; i < ACCOUNTS; i++) {
        const accountId = `E2E-COST-${stamp}-${i}`;
        const account = { name: `Casey ${i}`, phone: `+1555555${String(1000 + i)}`, balanceCents: 20_000, dueDate: '2026-11-01', timezone, consents: { sms: true } };
        await jsonAnswer(await admin.put(`/api/v1/accounts/${accountId}`, { data: account }), 200, 201);
        await jsonAnswer(await admin.post('/api/v1/enrollments', { data: { accountId, cadenceId } }), 201);
      }
      const sms = async () => ((await jsonAnswer(await admin.get(`/api/v1/dashboard?cadenceId=${cadenceId}`), 200)).byChannel as ChannelJson[]).find((c) => c.channel === 'sms')!;
      await expect.poll(async () => (await sms()).attempts, { timeout: 60_000 }).toBe(ACCOUNTS);
      expect((await sms()).costMinor).toBe(ACCOUNTS * DEFAULT_SETTINGS.unitCostMinor.sms);
    } finally {
      await Promise.all([admin.dispose(), officer.dispose()]);
    }
  }, 120_000);

  it('prices the texts again on the dashboard once an administrator changes the SMS cost', async () => {
    const { page } = session;
    await signIn(session, 'admin');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const smsRow = page.getByRole('table', { name: 'Channels compared' }).getByRole('row', { name: /^sms / });
    const spent = page.getByRole('region', { name: 'Key figures' }).locator('.kpi-tile', { hasText: 'Cost per amount collected' }).locator('.kpi-note');
    const openDashboard = async () => {
      await nav.getByRole('link', { name: 'Dashboard' }).click();
      await page.getByRole('heading', { name: 'Portfolio dashboard' }).waitFor();
      const filters = page.getByRole('form', { name: 'Dashboard filters' });
      await filters.getByLabel('Cadence').selectOption({ label: name });
      await filters.getByRole('button', { name: 'Apply' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('cadenceId')).toBe(cadenceId);
    };

    // SMS attempts and their cost in the channels' table, and the cost of all contacts in the key figures. Polled:
    // the dashboard shows what it had while it fetches the figures again.
    const figures = async () => [await text(smsRow.getByRole('cell').first()), await text(smsRow.getByRole('cell').nth(5)), await text(spent)];

    // Before: five texts at the default 0.01 USD.
    await page.goto('/cadences');
    await openDashboard();
    await expect.poll(figures).toEqual([String(ACCOUNTS), '$0.05', '$0.05 spent on contacts']);

    // The Channel costs page says what the costs are for, and takes the new SMS cost in dollars.
    await nav.getByRole('link', { name: 'Channel costs' }).click();
    await page.getByRole('heading', { name: 'Channel costs' }).waitFor();
    const form = page.getByRole('form', { name: 'Channel costs' });
    const smsCost = form.getByRole('textbox', { name: 'SMS', exact: true });
    expect(await smsCost.inputValue()).toBe('0.01');
    await smsCost.fill('0.075');
    await form.getByRole('button', { name: 'Save costs' }).click();
    await expect.poll(() => text(form.getByRole('alert'))).toBe('Not saved: one field needs a change (marked above).');
    await expect.poll(async () => smsCost.evaluate((el) => el.getAttribute('aria-invalid'))).toBe('true');
    await smsCost.fill('0.07');
    await form.getByRole('button', { name: 'Save costs' }).click();
    await expect.poll(() => text(form.getByRole('status'))).toBe('Saved: the dashboard and the experiment pages now price contact attempts at these costs.');
    await session.screenshot('channel-costs-1-saved');

    // After: the same five texts at 0.07 USD each.
    await openDashboard();
    await expect.poll(figures).toEqual([String(ACCOUNTS), '$0.35', '$0.35 spent on contacts']);
    await page.getByText('Updating the figures…').waitFor({ state: 'detached' });
    await session.screenshot('channel-costs-2-dashboard');
    expect(session.problems).toEqual([]);
  });

  it('shows a strategist the costs, read-only', async () => {
    const { page } = session;
    await signIn(session, 'strategist');
    await page.goto('/channel-costs');
    const table = page.getByRole('table', { name: 'Cost of one contact attempt' });
    await expect.poll(() => text(table.getByRole('row', { name: /^SMS/ }).getByRole('cell'))).toBe('0.07 USD');
    expect(await page.getByRole('textbox').count()).toBe(0);
    await session.screenshot('channel-costs-3-read-only');
    expect(session.problems).toEqual([]);
  });
});
