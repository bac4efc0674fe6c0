// The strategist's journey through the editor, against the real product started by `kairos start`:
// draw a cadence from the palette, see and fix a validation error, publish, and watch an enrollment
// send its first SMS and end as paid on the live view. No console errors allowed.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { afternoonZone } from '@kairos/testkit';
import { apiAs, openBrowser, signIn, type BrowserSession } from './harness';

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** Drag from an outcome handle of `from` to the target handle of `to`, as a user connects two steps. */
async function connect(page: Page, from: string, outcome: string, to: string) {
  const source = node(page, from).locator(`.react-flow__handle[data-handleid="${outcome}"]`);
  const target = node(page, to).locator('.react-flow__handle.target');
  const a = (await source.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 - 20, { steps: 8 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
  await page.mouse.up();
}

/** Type at the end of a step's message in Monaco, as a person would (Monaco closes braces as they are typed). */
async function appendToMessage(page: Page, nodeId: string, text: string) {
  await node(page, nodeId).click();
  const editor = page.locator('.config-panel .monaco-editor').first();
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape'); // close the completion list
}

async function textOf(locator: Locator) {
  return (await locator.textContent()) ?? '';
}

describe('the visual editor', () => {
  let session: BrowserSession;
  const name = `E2E reminders ${Date.now()}`;
  const accountId = `E2E-${Date.now()}`;

  const origin = () => ({ origin: inject('productUrl') });
  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
    await signIn(session, 'strategist');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('draws, validates, publishes and watches a cadence end as paid', async () => {
    const { page } = session;

    // Create a cadence from the list; it opens in the editor with its Entry node.
    await page.goto('/cadences');
    await page.getByRole('button', { name: 'New cadence' }).first().click();
    await page.getByLabel('Name of the new cadence').fill(name);
    await page.getByRole('button', { name: 'Create and open' }).click();
    await page.getByRole('group', { name: 'Entry (entry)' }).waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'Cadence name' }).inputValue()).toBe(name);

    // entry → consent check → SMS → wait 3 days → SMS from the palette: each press appends below the selected step.
    // (The compliance lint wants a consent check before texts, and a debt collector's disclosure in them.)
    await node(page, 'entry').click();
    const palette = page.getByRole('complementary', { name: 'Node palette' });
    await palette.getByRole('button', { name: 'Add Branch', exact: true }).click();
    let settings = page.getByRole('complementary', { name: 'Settings of Branch branch-1' });
    await settings.getByRole('textbox', { name: 'Outcome name' }).fill('consented');
    await settings.getByRole('textbox', { name: 'Outcome label' }).fill('Consented');
    await settings.getByRole('textbox', { name: 'Account field' }).fill('consents.sms');
    await settings.getByRole('combobox', { name: 'Operator' }).selectOption('eq');
    await settings.getByRole('textbox', { name: 'Value' }).fill('true');
    await expect.poll(() => textOf(node(page, 'branch-1'))).toContain('Consented');

    await palette.getByRole('button', { name: 'Add Send message' }).click();
    await node(page, 'send-message-1').waitFor();
    await appendToMessage(page, 'send-message-1', ' {{ collector.disclosure }}');
    await palette.getByRole('button', { name: 'Add Wait', exact: true }).click();
    settings = page.getByRole('complementary', { name: 'Settings of Wait wait-1' });
    await settings.getByRole('spinbutton', { name: 'Days' }).fill('3');
    await expect.poll(() => textOf(node(page, 'wait-1'))).toContain('Wait 3 days');
    await palette.getByRole('button', { name: 'Add Send message' }).click();
    await node(page, 'send-message-2').waitFor();

    // → exit, dragged from the palette onto an empty spot: it is not connected, and validation says so.
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await palette.getByRole('button', { name: 'Add Exit', exact: true }).dragTo(page.locator('.react-flow__pane'), {
      targetPosition: { x: pane.width * 0.82, y: pane.height * 0.35 },
    });
    await node(page, 'exit-1').waitFor();
    await expect.poll(() => textOf(node(page, 'exit-1'))).toMatch(/1 error: no path from Entry reaches this node/);
    const problems = page.getByRole('list', { name: 'Problems' });
    await expect.poll(() => textOf(problems)).toMatch(/Send message \(send-message-2\): outcome "Sent" goes nowhere/);
    const publish = page.getByRole('button', { name: 'Publish' });
    const submit = page.getByRole('button', { name: 'Submit for review' });
    expect(await publish.isDisabled()).toBe(true);
    expect(await submit.isDisabled()).toBe(true);
    await expect.poll(() => textOf(page.locator('.publish-why'))).toMatch(/Fix 3 errors/);
    await session.screenshot('editor-1-validation-error');

    // A problem takes you to its step.
    await problems.getByRole('button', { name: /Exit \(exit-1\): no path from Entry/ }).click();
    await page.getByRole('complementary', { name: 'Settings of Exit exit-1' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('exit-1');

    // Fix it: connect the last SMS to the exit on the canvas, and the branch's other outcome from its settings.
    await connect(page, 'send-message-2', 'next', 'exit-1');
    await node(page, 'branch-1').click();
    await page.getByRole('complementary', { name: 'Settings of Branch branch-1' }).getByRole('combobox', { name: 'Otherwise goes to' }).selectOption('exit-1');
    // Now it compiles, the compliance lint has its say: a later text must still say it is from a debt collector.
    await expect.poll(() => textOf(problems), { timeout: 10_000 }).toMatch(/Compliance error: Send message \(send-message-2\): .*debt collector/i);
    await appendToMessage(page, 'send-message-2', ' {{ collector.identification }}');
    await expect.poll(() => textOf(page.getByRole('heading', { name: /Problems/ })), { timeout: 10_000 }).toMatch(/Problems 0 errors/);
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 15_000 });
    await session.screenshot('editor-2-valid');

    // Submit for review; a compliance officer (not the author) approves that content; then publish.
    expect(await publish.isDisabled()).toBe(true);
    await submit.click();
    await page.getByRole('status', { name: 'Review state: In review' }).waitFor({ timeout: 15_000 });
    const cadenceId = page.url().split('/cadences/')[1]!.split(/[/?]/)[0]!;
    const officer = await apiAs('compliance_officer');
    try {
      const [review] = (await (await officer.get(`/api/v1/cadences/${cadenceId}/reviews`)).json()) as Array<{ id: string; hash: string }>;
      const approved = await officer.post(`/api/v1/reviews/${review!.id}/approve`, { data: { hash: review!.hash } });
      expect(approved.status(), await approved.text()).toBe(200);
    } finally {
      await officer.dispose();
    }
    await page.getByRole('status', { name: 'Review state: Approved' }).waitFor({ timeout: 15_000 });
    // Publish, then open the version's live view.
    await publish.click();
    await page.getByText('Version 1 is published.').waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Open version 1' }).click();
    await page.getByRole('heading', { name: `Version 1 of ${name}` }).waitFor();
    const versionId = page.url().split('/versions/')[1]!.split('?')[0]!;

    // Enroll a test account through the API, as the engineer whose systems do that.
    const engineer = await apiAs('engineer');
    const account = await engineer.put(`/api/v1/accounts/${accountId}`, {
      data: { name: 'Erin Example', phone: '+15555550199', balanceCents: 25_000, dueDate: '2026-11-01', timezone: afternoonZone(), consents: { sms: true } },
    });
    expect(account.ok(), await account.text()).toBe(true);
    const enrolled = await engineer.post('/api/v1/enrollments', { data: { accountId, cadenceId } });
    expect(enrolled.status(), await enrolled.text()).toBe(201);
    expect((await enrolled.json()).cadenceVersionId).toBe(versionId);

    // The first SMS shows in the outbox, found by account.
    await page.getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('searchbox', { name: 'Account' }).fill(accountId);
    const outbox = page.getByRole('table', { name: 'Messages, newest first' });
    await expect
      .poll(() => outbox.locator('tbody tr').allTextContents(), { timeout: 30_000 })
      .toEqual([expect.stringMatching(new RegExp(`${accountId}SMS\\+15555550199Hi Erin, your balance of \\$250\\.00 is due`))]);
    await session.screenshot('editor-3-outbox');

    // The live view counts the enrollment waiting, and highlights its path.
    await page.goto(`/cadences/${cadenceId}/versions/${versionId}`);
    await expect.poll(() => textOf(node(page, 'wait-1')), { timeout: 20_000 }).toMatch(/1 here/);
    await expect.poll(() => textOf(node(page, 'send-message-1'))).toMatch(/1 passed/);
    await page.getByRole('button', { name: `Open account ${accountId}` }).click();
    await expect.poll(() => textOf(page.getByTestId('enrollment-status'))).toBe('Active, at wait-1');
    await expect.poll(() => node(page, 'wait-1').locator('.cadence-node.is-current').count()).toBe(1);
    await expect.poll(() => textOf(page.getByRole('list', { name: 'Messages' }))).toMatch(/SMS to \+15555550199/);

    // A payment in full ends the enrollment as paid, and the live view shows it.
    const paid = await engineer.post('/api/v1/account-events', {
      data: { type: 'payment', eventId: `${accountId}-pay`, accountId, occurredAt: new Date().toISOString(), amountCents: 25_000 },
    });
    expect(paid.status()).toBe(202);
    await engineer.dispose();
    await expect.poll(() => textOf(page.getByTestId('enrollment-status')), { timeout: 30_000 }).toBe('Finished · paid');
    await expect.poll(() => textOf(page.getByRole('region', { name: 'Enrollments of this version' })), { timeout: 10_000 }).toMatch(/0 active.*1 finished.*Ended as: paid 1/);
    await expect.poll(() => textOf(page.getByRole('list', { name: 'Timeline' }))).toMatch(/Finished at Wait \(wait-1\): paid/);
    await session.screenshot('editor-4-live-paid');

    expect(session.problems).toEqual([]);
  });

  it('inserts a node dropped onto an arrow; copies, pastes, deletes, undoes and redoes from the keyboard', async () => {
    const { page } = session;
    const created = await page.request.post('/api/v1/cadences', {
      headers: origin(),
      data: {
        name: `E2E keyboard ${Date.now()}`,
        graph: {
          nodes: [
            { id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid', 'dispute'] } } },
            { id: 'done', type: 'exit', position: { x: 0, y: 400 }, data: { config: { reason: 'completed' } } },
          ],
          edges: [{ id: 'e1', source: 'entry', sourceHandle: 'next', target: 'done' }],
        },
      },
    });
    const { id } = (await created.json()) as { id: string };
    await page.goto(`/cadences/${id}`);
    await node(page, 'done').waitFor();

    // Drop a Wait onto the middle of the arrow: entry → wait → done.
    const arrow = (await page.locator('.react-flow__edge[data-id="e1"] path').first().boundingBox())!;
    const canvas = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.getByRole('button', { name: 'Add Wait', exact: true }).dragTo(page.locator('.react-flow__pane'), {
      targetPosition: { x: arrow.x + arrow.width / 2 - canvas.x, y: arrow.y + arrow.height / 2 - canvas.y },
    });
    await node(page, 'wait-1').waitFor();
    await expect.poll(() => page.locator('.react-flow__edge').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort())).toEqual([
      'entry:next->wait-1',
      'wait-1:next->done',
    ]);
    await page.getByText('No problems: this cadence can be published.').waitFor();

    // Delete it with the keyboard; undo brings it back with its arrows, redo removes it again.
    await node(page, 'wait-1').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => node(page, 'wait-1').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await node(page, 'wait-1').waitFor();
    // Arrows are drawn once their nodes are measured, a frame later.
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(2);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => node(page, 'wait-1').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await node(page, 'wait-1').waitFor();

    // Copy and paste through the system clipboard make a second, unconnected copy; undo takes it back.
    await node(page, 'wait-1').click();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await node(page, 'wait-2').waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(() => node(page, 'wait-2').count()).toBe(0);

    // Edit a config as JSON in Monaco: the canvas follows.
    await node(page, 'wait-1').click();
    const settings = page.getByRole('complementary', { name: 'Settings of Wait wait-1' });
    await settings.getByRole('switch', { name: 'Edit as JSON' }).click();
    const json = settings.locator('.monaco-editor .view-lines');
    await json.click();
    await page.keyboard.press('Control+a');
    // Monaco closes the brace itself, as it does for a person typing.
    await page.keyboard.insertText('{ "mode": "dueDate", "offsetDays": -2, "localTime": "09:30" ');
    await expect.poll(() => textOf(node(page, 'wait-1'))).toContain('Until 2 days before the due date at 09:30');

    // The shortcut list opens with "?" (focus on the canvas) and closes with Escape.
    await node(page, 'wait-1').focus();
    await page.keyboard.press('Shift+?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.getByRole('row').count()).toBeGreaterThan(15);
    await session.screenshot('editor-5-shortcuts');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // Autosave stored all of it.
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 15_000 });
    const saved = (await (await page.request.get(`/api/v1/cadences/${id}`)).json()) as { draftGraph: { nodes: Array<{ id: string; data: { config: unknown } }> } };
    expect(saved.draftGraph.nodes.find((n) => n.id === 'wait-1')?.data.config).toEqual({ mode: 'dueDate', offsetDays: -2, localTime: '09:30' });
    expect(session.problems).toEqual([]);
  });

  it("opens every installed node kind's generated settings form without a console error", async () => {
    const { page } = session;
    const kinds = (await (await page.request.get('/api/v1/node-kinds')).json()) as Array<{ kind: string; title: string; defaults: Record<string, unknown> }>;
    expect(kinds.length).toBeGreaterThan(5);
    const nodes = kinds.map((k, i) => ({ id: `n${i}`, type: k.kind, position: { x: (i % 5) * 280, y: Math.floor(i / 5) * 200 }, data: { config: k.defaults } }));
    const created = await page.request.post('/api/v1/cadences', { headers: origin(), data: { name: `E2E every kind ${Date.now()}`, graph: { nodes, edges: [] } } });
    const { id } = (await created.json()) as { id: string };
    await page.goto(`/cadences/${id}`);
    for (const [i, k] of kinds.entries()) {
      await node(page, `n${i}`).click();
      const settings = page.getByRole('complementary', { name: `Settings of ${k.title} n${i}` });
      await settings.waitFor();
      expect(await settings.getByRole('textbox', { name: 'Step label' }).isVisible()).toBe(true);
    }
    await session.screenshot('editor-6-every-kind');
    expect(session.problems).toEqual([]);
  });

  it('sends a signed-out visitor to the sign-in page and back to where they were, as their role', async () => {
    const visitor = await openBrowser({ baseURL: inject('productUrl') });
    try {
      const { page } = visitor;
      await page.goto('/outbox');
      await page.waitForURL(/\/sign-in\?next=%2Foutbox/);
      const login = inject('productLogins').compliance_officer!;
      await page.getByLabel('Email').fill(login.email);
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => textOf(page.getByRole('alert'))).toMatch(/Wrong email or password/);
      await page.getByLabel('Password').fill(login.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Outbox' }).waitFor();
      expect(await textOf(page.locator('.session-menu'))).toMatch(/Compliance officer/);
      // A compliance officer reads cadences but does not change them.
      await page.getByRole('link', { name: 'Cadences' }).click();
      await page.getByRole('table').waitFor();
      expect(await page.getByRole('button', { name: 'New cadence' }).count()).toBe(0);
      // The failed attempt answered 401 in the console (the browser logs it); nothing else went wrong.
      expect(visitor.problems.filter((p) => !/401 \(Unauthorized\)/.test(p))).toEqual([]);
    } finally {
      await visitor.close();
    }
  });
});
