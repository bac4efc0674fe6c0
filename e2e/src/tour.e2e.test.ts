// The pictures of the README's five-minute tour, taken from the real product at 1280×800: the cadence
// list, the editor with the four-tier starter, a review of a changed message as the compliance officer sees
// it (a live cadence, so the review has a diff to show), the dashboard and the outbox. Each picture is
// taken once its page shows what the tour says it shows, so a page that stops showing it fails here
// before the README goes stale.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { starterCadences } from '@kairos/cadence/starter-cadences';
import type { CadenceGraph } from '@kairos/cadence';
import { afternoonZone } from '@kairos/testkit';
import { apiAs, jsonAnswer, openBrowser, signIn, type BrowserSession } from './harness';

const IMAGES_DIR = resolve(import.meta.dirname, '../../docs/images');
const TOUR_NAME = 'Four-tier collections (tour)';
const REVIEWED_NAME = 'Three reminders (tour)';
const ACCOUNT_ID = 'TOUR-1';

/** The canvas's zoom now, from React Flow's viewport transform. */
function canvasZoom(page: Page): Promise<number> {
  return page.locator('.react-flow__viewport').first().evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
}

/**
 * Zoom the canvas in on its Entry until the steps can be read: a whole 60-step cadence fits the
 * window only at a size where no label is legible.
 */
async function zoomOnEntry(page: Page): Promise<void> {
  const entry = page.locator('.react-flow__node[data-id="start"]');
  await entry.waitFor();
  const box = (await entry.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // How far one wheel turn zooms depends on the canvas; turn until the steps are near their own size.
  for (let turns = 0; turns < 20 && (await canvasZoom(page)) < 0.8; turns++) {
    const before = await canvasZoom(page);
    await page.mouse.wheel(0, -200);
    await expect.poll(() => canvasZoom(page)).toBeGreaterThan(before);
  }
  expect(await canvasZoom(page)).toBeGreaterThanOrEqual(0.8);
}

describe('the five-minute tour of the README', () => {
  let session: BrowserSession;
  let cadenceId = '';
  let reviewId = '';

  /** The page as it is now, into docs/images/tour-<name>.png: the window only, so each picture stays small. */
  async function picture(name: string): Promise<void> {
    expect(session.problems).toEqual([]);
    mkdirSync(IMAGES_DIR, { recursive: true });
    await session.page.screenshot({ path: join(IMAGES_DIR, `tour-${name}.png`) });
  }

  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl'), viewport: { width: 1280, height: 800 } });
    const strategist = await apiAs('strategist');
    const officer = await apiAs('compliance_officer');
    const engineer = await apiAs('engineer');
    try {
      const starter = starterCadences().find((s) => s.id === 'four-tier-collections')!;
      cadenceId = (await jsonAnswer(await strategist.post('/api/v1/cadences', { data: { name: TOUR_NAME, description: starter.description, graph: starter.graph } }), 201)).id as string;
      await jsonAnswer(await strategist.post(`/api/v1/cadences/${cadenceId}/reviews`), 201);

      // A live cadence whose final reminder is then reworded and submitted: the review shows the change.
      const cadences = (await (await strategist.get('/api/v1/cadences')).json()) as Array<{ id: string; name: string }>;
      const demo = cadences.find((c) => c.name === 'Three reminders (demo)')!;
      const graph = (await jsonAnswer(await strategist.get(`/api/v1/cadences/${demo.id}`), 200)).draftGraph as CadenceGraph;
      const reviewedId = (await jsonAnswer(await strategist.post('/api/v1/cadences', { data: { name: REVIEWED_NAME, graph } }), 201)).id as string;
      const first = await jsonAnswer(await strategist.post(`/api/v1/cadences/${reviewedId}/reviews`), 201);
      await jsonAnswer(await officer.post(`/api/v1/reviews/${first.id as string}/approve`, { data: { hash: first.hash } }), 200);
      await jsonAnswer(await strategist.post(`/api/v1/cadences/${reviewedId}/versions`), 201);
      const reworded = {
        ...graph,
        nodes: graph.nodes.map((n) =>
          n.id === 'sms-2' ? { ...n, data: { ...n.data, config: { ...n.data.config, body: '{{ account.firstName }}, {{ account.amountDue }} is still open. Pay now or set up a plan: {{ paymentLink }} {{ collector.identification }} Reply STOP to opt out.' } } } : n,
        ),
      };
      await jsonAnswer(await strategist.put(`/api/v1/cadences/${reviewedId}/draft`, { data: { graph: reworded } }), 200);
      reviewId = (await jsonAnswer(await strategist.post(`/api/v1/cadences/${reviewedId}/reviews`), 201)).id as string;

      // One account in the seeded demo cadence, so the outbox has a message to show.
      await jsonAnswer(
        await engineer.put(`/api/v1/accounts/${ACCOUNT_ID}`, {
          data: { name: 'Dana Smith', phone: '+15555550188', email: 'dana@example.com', balanceCents: 12_345, dueDate: '2026-11-01', timezone: afternoonZone(), consents: { sms: true, email: true } },
        }),
        200,
        201,
      );
      // 409: already enrolled, when the tour runs again against a product of one's own (KAIROS_E2E_URL).
      await jsonAnswer(await engineer.post('/api/v1/enrollments', { data: { accountId: ACCOUNT_ID, cadenceId: demo.id } }), 201, 409);
    } finally {
      await Promise.all([strategist.dispose(), officer.dispose(), engineer.dispose()]);
    }
  }, 120_000);
  afterAll(async () => session?.close());

  it('pictures the cadence list and the editor with the four-tier starter', async () => {
    const { page } = session;
    await signIn(session, 'strategist');
    await page.goto('/cadences');
    await page.getByRole('link', { name: TOUR_NAME }).waitFor();
    await picture('1-cadences');

    await page.goto(`/cadences/${cadenceId}`);
    await page.locator('.react-flow__node').first().waitFor();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(10);
    await page.getByText('No problems: this cadence can be published.').waitFor({ timeout: 30_000 });
    await page.locator('.react-flow__node').filter({ hasText: 'Send message' }).first().click();
    await page.getByRole('complementary', { name: /^Settings of Send message/ }).waitFor();
    await page.locator('.config-panel .monaco-editor').first().waitFor();
    await zoomOnEntry(page);
    await picture('2-editor');
  });

  it('pictures the review of a changed message as the compliance officer opens it', async () => {
    const { page } = session;
    await signIn(session, 'compliance_officer');
    await page.goto(`/reviews/${reviewId}`);
    await page.getByRole('heading', { name: `Review of ${REVIEWED_NAME}` }).waitFor();
    await page.getByRole('button', { name: 'Approve' }).waitFor();
    await page.getByRole('list', { name: 'Changed steps' }).getByRole('button', { name: /\(sms-2\)$/ }).click();
    const diff = page.getByRole('region', { name: 'Message of sms-2' }).locator('.monaco-diff-editor');
    await expect.poll(() => diff.locator('.editor.modified .view-lines').textContent()).toContain('still'); // Monaco draws spaces as no-break spaces
    await picture('3-review');
  });

  it('pictures the dashboard and the outbox', async () => {
    const { page } = session;
    await page.goto('/dashboard');
    await page.getByRole('heading', { name: 'Portfolio dashboard' }).waitFor();
    await page.getByRole('region', { name: 'Key figures' }).waitFor();
    await page.getByRole('figure', { name: 'Collected per day' }).waitFor();
    await picture('4-dashboard');

    await page.goto('/outbox');
    await page.getByRole('table', { name: 'Messages, newest first' }).getByRole('cell', { name: ACCOUNT_ID }).first().waitFor({ timeout: 60_000 });
    await picture('5-outbox');
  });
});
