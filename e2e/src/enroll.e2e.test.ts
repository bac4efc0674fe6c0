// Enrolling an audience from the browser, in the real product: a strategist filters the Accounts list,
// chooses "Enroll these accounts", sees the preview (who enters, who is excluded and why), enrolls with a
// progress bar and a summary, sees the enrollments in the live view; then on an account's page pauses and
// resumes its enrollment, and stops another's. The preview is checked with axe-core too.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { APIRequestContext, Locator } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afternoonZone } from '@kairos/testkit';
import { repoRoot } from '@kairos/toolchain';
import { apiAs, axeViolations, describeViolations, jsonAnswer, openBrowser, signIn, type BrowserSession } from './harness';

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('enrolling a filtered audience from the web app', () => {
  let session: BrowserSession;
  const stamp = Date.now().toString(36);
  const tier = `enroll-${stamp}`;
  const cadenceName = `E2E enroll ${stamp}`;
  const id = (what: string) => `ENR-${stamp}-${what}`;
  const [first, second, paid, disputed] = [id('1'), id('2'), id('PAID'), id('DISPUTE')];
  let cadenceId = '';

  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
    const [admin, officer, engineer] = [await apiAs('admin'), await apiAs('compliance_officer'), await apiAs('engineer')];
    try {
      const graph = JSON.parse(readFileSync(join(repoRoot(), 'packages/cadence/examples/three-reminders.json'), 'utf8'));
      cadenceId = (await jsonAnswer(await admin.post('/api/v1/cadences', { data: { name: cadenceName, graph } }), 201)).id as string;
      const review = await jsonAnswer(await admin.post(`/api/v1/cadences/${cadenceId}/reviews`), 201);
      await jsonAnswer(await officer.post(`/api/v1/reviews/${review.id as string}/approve`, { data: { hash: review.hash } }), 200);
      await jsonAnswer(await admin.post(`/api/v1/cadences/${cadenceId}/versions`), 201);
      // Four accounts of one tier: two owe and enter; one has paid and one disputes, and both stay out.
      for (const [accountId, balanceCents] of [[first, 25_000], [second, 18_000], [paid, 0], [disputed, 30_000]] as const) {
        const account = { name: `Robin Enroll ${stamp}`, phone: '+15555550177', balanceCents, dueDate: '2026-11-20', timezone: afternoonZone(), consents: { sms: true }, attributes: { tier } };
        await jsonAnswer(await engineer.put(`/api/v1/accounts/${accountId}`, { data: account }), 201);
      }
      await jsonAnswer(await engineer.patch(`/api/v1/accounts/${disputed}/compliance`, { data: { dispute: { status: 'open' } } }), 200);
    } finally {
      await Promise.all([admin.dispose(), officer.dispose(), engineer.dispose()]);
    }
  }, 180_000);
  afterAll(async () => session?.close());

  it('previews who enters and why the others do not, enrolls them with progress, and the live view shows them', async () => {
    const { page } = session;
    await signIn(session, 'strategist');
    await page.goto('/accounts');
    await page.getByRole('textbox', { name: 'Tiers' }).fill(tier);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => text(page.getByRole('status', { name: 'Totals of the filter' })), { timeout: 20_000 }).toMatch(/^4 accounts/);
    await page.getByRole('link', { name: 'Enroll these accounts' }).click();
    await page.getByRole('heading', { name: 'Enroll an audience', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe(`?tier=${tier}`);
    expect(await text(page.locator('.enroll-audience label').first())).toBe(`The Accounts list filter: tier ${tier}`);

    await page.getByLabel('Cadence', { exact: true }).selectOption({ label: cadenceName });
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect.poll(() => text(preview.getByRole('status').first()), { timeout: 30_000 }).toBe(
      `2 accounts would enter ${cadenceName} v1; 2 are excluded (of 4 accounts in the audience).`,
    );
    await preview.getByRole('figure', { name: 'Excluded, by reason' }).waitFor();
    const reasons = preview.getByRole('list', { name: 'Excluded accounts by reason' }).getByRole('listitem');
    expect(await reasons.allTextContents()).toEqual([`1 account nothing owed (paid): ${paid}`, `1 account in dispute: ${disputed}`]);
    expect(await preview.getByRole('link', { name: paid }).getAttribute('href')).toBe(`/accounts/${paid}`);
    await session.screenshot('enroll-1-preview');
    // The page with its preview and chart meets WCAG 2 A/AA as the other pages do (accessibility.e2e.test.ts).
    expect(describeViolations(await axeViolations(page)).join('\n')).toBe('');

    await page.getByRole('button', { name: 'Enroll 2 accounts' }).click();
    const summary = page.locator('.enroll-summary');
    await expect.poll(() => text(summary), { timeout: 60_000 }).toMatch(/^Enrolled 2 of 4 accounts; 2 were not\./);
    expect(await text(summary)).toContain('1 nothing owed (paid)');
    expect(await page.getByRole('progressbar', { name: 'Accounts enrolled so far' }).getAttribute('value')).toBe('4');
    await session.screenshot('enroll-2-summary');

    await summary.getByRole('link', { name: `See them in the live view of ${cadenceName}` }).click();
    await expect.poll(() => text(page.getByRole('region', { name: 'Enrollments of this version' })), { timeout: 20_000 }).toMatch(/2 active/);
    expect(session.problems).toEqual([]);
  });

  it("pauses and resumes an account's enrollment from its page, and stops another's", async () => {
    const { page } = session;
    // The first text goes out and the enrollments wait: pausing then holds a real wait.
    const engineer: APIRequestContext = await apiAs('engineer');
    try {
      for (const accountId of [first, second]) {
        const current = async () => ((await jsonAnswer(await engineer.get(`/api/v1/enrollments?accountId=${accountId}&cadenceId=${cadenceId}`), 200)) as unknown as Array<{ currentStepId: string | null }>)[0]?.currentStepId;
        await expect.poll(current, { timeout: 60_000 }).toBe('wait-3d');
      }
    } finally {
      await engineer.dispose();
    }
    await signIn(session, 'strategist');
    const enrollmentOf = () => page.getByRole('region', { name: 'Enrollments' }).getByRole('article', { name: `Enrollment in ${cadenceName}` });
    const act = async (button: string, dialogName: string, go: string, reason?: string) => {
      await enrollmentOf().getByRole('button', { name: button }).click();
      const dialog = page.getByRole('dialog', { name: dialogName });
      if (reason) await dialog.getByLabel('Reason').fill(reason);
      await dialog.getByRole('button', { name: go }).click();
      await dialog.getByRole('status').waitFor({ timeout: 30_000 });
      await dialog.getByRole('button', { name: 'Close' }).click();
    };

    await page.goto(`/accounts/${first}`);
    await expect.poll(() => text(enrollmentOf().getByRole('heading')), { timeout: 20_000 }).toContain('Active, at wait-3d');
    await act('Pause…', 'Pause this enrollment?', 'Pause it', 'customer in hospital');
    await expect.poll(() => text(enrollmentOf().getByRole('heading')), { timeout: 20_000 }).toMatch(/Paused at wait-3d by strategist@.*: customer in hospital/);
    await session.screenshot('enroll-3-account-paused');
    await act('Resume…', 'Resume this enrollment?', 'Resume it');
    await expect.poll(() => text(enrollmentOf().getByRole('heading')), { timeout: 20_000 }).toContain('Active, at wait-3d');

    await page.goto(`/accounts/${second}`);
    await act('Stop…', 'Stop this enrollment?', 'Stop it', 'customer asked by phone');
    await expect.poll(() => text(enrollmentOf().getByRole('heading')), { timeout: 20_000 }).toContain('Finished · stopped');
    expect(await enrollmentOf().getByRole('button', { name: /Pause|Resume|Stop/ }).count()).toBe(0);
    expect(session.problems).toEqual([]);
  });
});
