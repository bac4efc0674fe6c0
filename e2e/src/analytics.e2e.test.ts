// Experiments and KPIs end to end, against the real product started by `kairos start`, in Debian's
// Chromium: a cadence with an A/B split is published through the API, accounts are enrolled and some pay;
// a strategist opens the experiment (both arms with their intervals), promotes the challenger into a draft,
// opens the dashboard filtered to the cadence (saying how fresh its figures are) and exports its CSV, and
// sees the results on the canvas.
// No console errors.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { apiAs, jsonAnswer, openBrowser, signIn, type BrowserSession } from './harness';

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\u00a0/g, ' ');
const ACCOUNTS = 24;
const PAYING = 14;
const balance = (i: number) => 10_000 + i * 100;
const collectedCents = Array.from({ length: PAYING }, (_, i) => balance(i)).reduce((a, b) => a + b, 0);

const waitDays = (days: number) => ({ mode: 'duration', duration: { days } });
/** Entry → A/B split (Champion 50 / Challenger 50) → a 30- or 20-day wait each → exit; a payment ends the enrollment. */
const splitGraph = (experimentId: string) => ({
  nodes: [
    { id: 'start', type: 'entry', position: { x: 200, y: 0 }, data: { config: { exitOn: ['paid', 'dispute'] } } },
    {
      id: 'split',
      type: 'ab-split',
      position: { x: 200, y: 150 },
      data: {
        config: {
          experimentId,
          arms: [
            { key: 'A', label: 'Champion', weight: 50 },
            { key: 'B', label: 'Challenger', weight: 50 },
          ],
          controlPercent: 0,
        },
      },
    },
    { id: 'wait-a', type: 'wait', position: { x: 0, y: 300 }, data: { label: 'Thirty days', config: waitDays(30) } },
    { id: 'wait-b', type: 'wait', position: { x: 400, y: 300 }, data: { label: 'Twenty days', config: waitDays(20) } },
    { id: 'done-a', type: 'exit', position: { x: 0, y: 450 }, data: { config: { reason: 'completed' } } },
    { id: 'done-b', type: 'exit', position: { x: 400, y: 450 }, data: { config: { reason: 'completed' } } },
  ],
  edges: [
    { id: 'e-start', source: 'start', sourceHandle: 'next', target: 'split' },
    { id: 'e-a', source: 'split', sourceHandle: 'variant:A', target: 'wait-a' },
    { id: 'e-b', source: 'split', sourceHandle: 'variant:B', target: 'wait-b' },
    { id: 'e-a-done', source: 'wait-a', sourceHandle: 'next', target: 'done-a' },
    { id: 'e-b-done', source: 'wait-b', sourceHandle: 'next', target: 'done-b' },
  ],
});

interface ArmJson {
  arm: string;
  label: string;
  enrolled: number;
  paidAccounts: number;
}

describe('experiments and KPIs in the browser', () => {
  let session: BrowserSession;
  const stamp = Date.now();
  const name = `E2E experiment ${stamp}`;
  const experimentId = `e2e-split-${stamp}`;
  let cadenceId = '';
  let versionId = '';

  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
  });
  afterAll(async () => session?.close());

  it('seeds a published A/B split with enrollments and payments through the API', async () => {
    const admin = await apiAs('admin');
    const officer = await apiAs('compliance_officer');
    const engineer = await apiAs('engineer');
    try {
      // Published like any cadence: submitted, approved by a compliance officer who is not the author, published.
      cadenceId = (await jsonAnswer(await admin.post('/api/v1/cadences', { data: { name, graph: splitGraph(experimentId) } }), 201)).id as string;
      const review = await jsonAnswer(await admin.post(`/api/v1/cadences/${cadenceId}/reviews`), 201);
      await jsonAnswer(await officer.post(`/api/v1/reviews/${review.id as string}/approve`, { data: { hash: review.hash } }), 200);
      versionId = (await jsonAnswer(await admin.post(`/api/v1/cadences/${cadenceId}/versions`), 201)).id as string;

      for (let i = 0; i < ACCOUNTS; i++) {
        const accountId = `E2E-AB-${stamp}-${i}`;
        await jsonAnswer(await engineer.put(`/api/v1/accounts/${accountId}`, { data: { name: `Account ${i}`, balanceCents: balance(i), dueDate: '2026-11-01', timezone: 'UTC' } }), 200, 201);
        await jsonAnswer(await engineer.post('/api/v1/enrollments', { data: { accountId, cadenceId } }), 201);
      }
      // Every account is assigned an arm when it reaches the split, before anyone pays.
      const experiment = async () => ((await jsonAnswer(await engineer.get(`/api/v1/experiments?cadenceId=${cadenceId}`), 200)) as unknown as Array<{ experimentId: string; enrolled: number }>)[0];
      await expect.poll(async () => (await experiment())?.enrolled, { timeout: 60_000 }).toBe(ACCOUNTS);

      for (let i = 0; i < PAYING; i++) {
        const accountId = `E2E-AB-${stamp}-${i}`;
        const paid = await engineer.post('/api/v1/account-events', {
          data: { type: 'payment', eventId: `${accountId}-pay`, accountId, occurredAt: new Date().toISOString(), amountCents: balance(i) },
        });
        expect(paid.status(), await paid.text()).toBe(202);
      }
      const arms = async () => ((await jsonAnswer(await engineer.get(`/api/v1/experiments/${experimentId}?cadenceId=${cadenceId}`), 200)).arms as ArmJson[]);
      await expect.poll(async () => (await arms()).reduce((sum, a) => sum + a.paidAccounts, 0), { timeout: 60_000 }).toBe(PAYING);
      expect((await arms()).map((a) => a.label)).toEqual(['Champion', 'Challenger']);
    } finally {
      await Promise.all([admin.dispose(), officer.dispose(), engineer.dispose()]);
    }
  }, 180_000);

  it('shows both arms with their intervals, and promotes the challenger into a draft', async () => {
    const { page } = session;
    await signIn(session, 'strategist');
    await page.goto('/cadences');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Experiments' }).click();
    await page.getByRole('table', { name: 'Experiments, newest first' }).getByRole('link', { name: experimentId }).click();
    await page.getByRole('heading', { name: `Experiment ${experimentId}` }).waitFor();

    const results = page.getByRole('table', { name: /^Results by arm/ });
    await expect.poll(() => results.getByRole('columnheader').allTextContents()).toEqual(['Metric', 'Champion', 'Challenger']);
    const enrolled = (await results.getByRole('row', { name: /^Enrolled/ }).getByRole('cell').allTextContents()).map(Number);
    expect(enrolled.reduce((a, b) => a + b, 0)).toBe(ACCOUNTS);

    // Each arm's paid share with its 95% interval: drawn as a bar with a whisker, and as numbers.
    const intervals = page.getByRole('figure', { name: 'Share who paid, with 95% intervals' });
    await intervals.getByRole('img').locator('svg.recharts-surface').first().waitFor();
    await expect.poll(() => intervals.locator('.recharts-bar-rectangle').count()).toBe(2);
    expect(await intervals.locator('.recharts-scatter-symbol').count()).toBe(2);
    const rows = await intervals.getByRole('table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(rows.map((r) => r[0])).toEqual(['Champion', 'Challenger']);
    for (const [, share, lo, hi] of rows) {
      const [s, l, h] = [share, lo, hi].map((x) => Number.parseFloat(x!));
      expect(l).toBeLessThanOrEqual(s!);
      expect(s).toBeLessThanOrEqual(h!);
    }
    expect(rows.map((r) => Number(r[4]!.split(' / ')[0])).reduce((a, b) => a + b, 0)).toBe(PAYING);
    await expect.poll(() => text(page.getByRole('region', { name: /^What the test says/ }))).toMatch(/(Not enough data yet: about [\d,]+ more accounts per arm|significant under repeated looks \(mSPRT\)|No significant difference)/);
    await page.getByRole('figure', { name: 'Time to first payment' }).getByRole('img').locator('svg.recharts-surface').first().waitFor();
    await session.screenshot('analytics-1-experiment');

    // Promote: the confirmation says it is a draft needing approval; the editor then shows the challenger's path only.
    await page.getByRole('button', { name: 'Promote Challenger' }).click();
    const dialog = page.getByRole('dialog', { name: 'Promote Challenger?' });
    await expect.poll(() => text(dialog)).toMatch(/needs review and approval by a compliance officer again/);
    await session.screenshot('analytics-2-promote-confirm');
    await dialog.getByRole('button', { name: 'Make the draft with Challenger' }).click();
    await dialog.getByRole('link', { name: 'Open the draft in the editor' }).click();
    await node(page, 'wait-b').waitFor();
    expect(await node(page, 'split').count()).toBe(0);
    expect(await node(page, 'wait-a').count()).toBe(0);
    expect(session.problems).toEqual([]);
  });

  it('shows the dashboard for the cadence and exports its CSV', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Portfolio dashboard' }).waitFor();
    const filters = page.getByRole('form', { name: 'Dashboard filters' });
    await filters.getByLabel('Cadence').selectOption({ label: name });
    await filters.getByLabel('Version').selectOption({ label: 'Version 1' });
    await filters.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('versionId')).toBe(versionId);
    expect(new URL(page.url()).searchParams.get('cadenceId')).toBe(cadenceId);
    const tiles = page.getByRole('region', { name: 'Key figures' });
    await expect.poll(() => text(tiles.locator('.kpi-tile', { hasText: 'Accounts enrolled' }).locator('dd'))).toBe(String(ACCOUNTS));
    await expect.poll(() => text(tiles.locator('.kpi-tile', { hasText: 'Recovery rate' }).locator('dd'))).toMatch(/^\d+\.\d%/);
    // The figures say how fresh they are: every fact counted, none parked.
    const freshness = await text(page.getByRole('region', { name: 'Freshness of the figures' }));
    expect(freshness).toMatch(/^As of .+\.$/);
    expect(freshness).not.toMatch(/parked/);
    for (const chart of ['Collected per day', 'Channels compared', 'Roll rates between DPD buckets', 'Time to recovery']) {
      await page.getByRole('figure', { name: chart }).waitFor();
    }
    const collected = await page.getByRole('table', { name: 'Collected per day' }).locator('tbody tr').count();
    expect(collected).toBeGreaterThan(0);
    // Nothing sticks out of the page (the tables behind the charts are hidden whole).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
    await session.screenshot('analytics-3-dashboard');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^kairos-dashboard-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await file.path())!, 'utf8').trim().split('\n');
    expect(csv[0]).toBe(
      'date,channel,attempts,delivered,suppressed,right_party_contacts,contact_rate,right_party_contact_rate,cost_minor,day_collected_minor,day_payments,day_promises,day_promises_kept,day_accounts_enrolled,currency',
    );
    // One row per day of the last 30 and channel; today's rows carry this cadence's enrollments and payments.
    const rows = csv.slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(30 * 6);
    const today = rows.filter((r) => r[0] === new Date().toISOString().slice(0, 10));
    expect(today.map((r) => r[1])).toEqual(['sms', 'email', 'voice', 'whatsapp', 'push', 'letter']);
    expect(today[0]!.slice(9, 11)).toEqual([String(collectedCents), String(PAYING)]);
    expect(today[0]![13]).toBe(String(ACCOUNTS));
    await page.getByText(`Saved ${file.suggestedFilename()}.`).waitFor();
    expect(session.problems).toEqual([]);
  });

  it('draws the results of the version on its canvas', async () => {
    const { page } = session;
    await page.goto(`/cadences/${cadenceId}/versions/${versionId}`);
    await node(page, 'split').waitFor();
    await page.getByRole('checkbox', { name: 'Show results' }).check();
    await expect.poll(() => text(node(page, 'split')), { timeout: 15_000 }).toContain(`${ACCOUNTS} entered`);
    const a = await node(page, 'wait-a').getByRole('group', { name: /entered/ }).getAttribute('aria-label');
    const b = await node(page, 'wait-b').getByRole('group', { name: /entered/ }).getAttribute('aria-label');
    const entered = [a, b].map((label) => Number(/^(\d+) entered/.exec(label ?? '')?.[1]));
    expect(entered[0]! + entered[1]!).toBe(ACCOUNTS);
    await expect.poll(() => page.locator('.react-flow__edge-text').allTextContents()).toEqual(expect.arrayContaining([String(ACCOUNTS)]));
    await session.screenshot('analytics-4-canvas-results');
    expect(session.problems).toEqual([]);
  });
});
