// Pausing in the real product from the browser: a strategist pauses every running enrollment of a
// version from its live view with a reason, sees them paused, resumes them, and stops one account.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afternoonZone } from '@kairos/testkit';
import { repoRoot } from '@kairos/toolchain';
import { apiAs, jsonAnswer, openBrowser, signIn, type BrowserSession } from './harness';

const text = async (l: Locator) => (await l.textContent()) ?? '';

describe('pausing enrollments from the live view', () => {
  let session: BrowserSession;
  const stamp = Date.now();
  const accounts = [`E2E-PAUSE-${stamp}-1`, `E2E-PAUSE-${stamp}-2`];
  let cadenceId = '';
  let versionId = '';
  const enrollmentIds: string[] = [];

  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
  });
  afterAll(async () => session?.close());

  it('seeds two enrollments waiting after their first text', async () => {
    const [admin, officer, engineer] = [await apiAs('admin'), await apiAs('compliance_officer'), await apiAs('engineer')];
    try {
      const graph = JSON.parse(readFileSync(join(repoRoot(), 'packages/cadence/examples/three-reminders.json'), 'utf8'));
      cadenceId = (await jsonAnswer(await admin.post('/api/v1/cadences', { data: { name: `E2E pause ${stamp}`, graph } }), 201)).id as string;
      const review = await jsonAnswer(await admin.post(`/api/v1/cadences/${cadenceId}/reviews`), 201);
      await jsonAnswer(await officer.post(`/api/v1/reviews/${review.id as string}/approve`, { data: { hash: review.hash } }), 200);
      versionId = (await jsonAnswer(await admin.post(`/api/v1/cadences/${cadenceId}/versions`), 201)).id as string;
      for (const accountId of accounts) {
        const account = { name: 'Erin Example', phone: '+15555550199', balanceCents: 25_000, dueDate: '2026-11-01', timezone: afternoonZone(), consents: { sms: true } };
        await jsonAnswer(await engineer.put(`/api/v1/accounts/${accountId}`, { data: account }), 200, 201);
        enrollmentIds.push((await jsonAnswer(await engineer.post('/api/v1/enrollments', { data: { accountId, cadenceId } }), 201)).id as string);
      }
      for (const id of enrollmentIds) {
        await expect.poll(async () => (await jsonAnswer(await engineer.get(`/api/v1/enrollments/${id}`), 200)).currentStepId, { timeout: 60_000 }).toBe('wait-3d');
      }
    } finally {
      await Promise.all([admin.dispose(), officer.dispose(), engineer.dispose()]);
    }
  }, 180_000);

  it('pauses the whole version with a reason, shows it paused, resumes it, and stops one account', async () => {
    const { page } = session;
    await signIn(session, 'strategist');
    await page.goto(`/cadences/${cadenceId}/versions/${versionId}`);
    const totals = page.getByRole('region', { name: 'Enrollments of this version' });
    await expect.poll(() => text(totals), { timeout: 20_000 }).toMatch(/2 active/);

    await page.getByRole('button', { name: 'Pause all running (2)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pause every running enrollment of this version?' });
    await dialog.getByLabel('Reason').fill('SMS provider incident');
    await dialog.getByRole('button', { name: 'Pause them' }).click();
    await expect.poll(() => text(dialog.getByRole('status')), { timeout: 30_000 }).toBe('Paused 2 enrollments.');
    await session.screenshot('pause-1-version-paused');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => text(totals), { timeout: 10_000 }).toMatch(/2 of them paused/);
    await expect.poll(() => text(page.locator('.enrollment-list')), { timeout: 10_000 }).toMatch(/Paused at wait-3d by strategist@.*: SMS provider incident/);

    await page.getByRole('button', { name: 'Resume all paused (2)' }).click();
    const resume = page.getByRole('dialog', { name: 'Resume every paused enrollment of this version?' });
    await resume.getByRole('button', { name: 'Resume them' }).click();
    await expect.poll(() => text(resume.getByRole('status')), { timeout: 30_000 }).toBe('Resumed 2 enrollments.');
    await resume.getByRole('button', { name: 'Close' }).click();

    // One account asked to be left alone: stop its enrollment from its detail.
    await page.getByRole('button', { name: `Open account ${accounts[0]}` }).click();
    await expect.poll(() => text(page.getByTestId('enrollment-status')), { timeout: 10_000 }).toBe('Active, at wait-3d');
    await expect.poll(() => text(page.getByRole('list', { name: 'Timeline' }))).toMatch(/Paused at .* by strategist@.*: SMS provider incident.*Resumed at/);
    await page.getByRole('button', { name: 'Stop…' }).click();
    const stop = page.getByRole('dialog', { name: 'Stop this enrollment?' });
    await stop.getByLabel('Reason').fill('customer asked by phone');
    await stop.getByRole('button', { name: 'Stop it' }).click();
    await expect.poll(() => text(stop.getByRole('status')), { timeout: 20_000 }).toBe('Stopped: it has ended.');
    await stop.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => text(page.getByTestId('enrollment-status')), { timeout: 20_000 }).toBe('Finished · stopped');
    await expect.poll(() => text(page.getByRole('list', { name: 'Timeline' })), { timeout: 20_000 }).toMatch(/Finished at .*: stopped/);
    await session.screenshot('pause-2-one-stopped');
    expect(session.problems).toEqual([]);
  });
});
