// Monaco in the real product: template and condition errors are marked where they stand (F8 reads them
// out), completion offers what Kairos knows, markers clear once fixed, the JSON view names fields at
// fault, and the preview renders for a real account by id. No console errors (Monaco's workers included).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { apiAs, openBrowser, signIn, type BrowserSession } from './harness';

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const textOf = async (l: Locator) => (await l.textContent()) ?? '';
const squiggles = (editor: Locator) => editor.locator('.squiggly-error').count();

const graph = {
  nodes: [
    { id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid', 'dispute'] } } },
    { id: 'split', type: 'branch', position: { x: 0, y: 150 }, data: { config: { rules: [{ outcome: 'late', label: 'Late', expression: 'dpd > 30' }] } } },
    { id: 'sms', type: 'send-message', position: { x: 0, y: 300 }, data: { config: { channel: 'sms', body: 'Hi {{ account.firstName }}, you owe {{ account.amountDue }}.' } } },
    { id: 'done', type: 'exit', position: { x: 0, y: 450 }, data: { config: { reason: 'completed' } } },
  ],
  edges: [
    { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'split' },
    { id: 'e2', source: 'split', sourceHandle: 'late', target: 'sms' },
    { id: 'e3', source: 'split', sourceHandle: 'otherwise', target: 'done' },
    { id: 'e4', source: 'sms', sourceHandle: 'next', target: 'done' },
  ],
};

/** The message of the marker at the cursor's next problem, as a keyboard user reads it (F8). */
async function nextMarkerMessage(page: Page, editor: Locator) {
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  const widget = editor.locator('.marker-widget');
  await widget.waitFor();
  const text = await textOf(widget);
  await page.keyboard.press('Escape');
  return text;
}

describe('Monaco tooling in the editor', () => {
  let session: BrowserSession;
  let cadenceId = '';
  const accountId = `E2E-PREVIEW-${Date.now()}`;

  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
    await signIn(session, 'strategist');
    const created = await session.page.request.post('/api/v1/cadences', { headers: { origin: inject('productUrl') }, data: { name: `E2E Monaco ${Date.now()}`, graph } });
    cadenceId = ((await created.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('marks an unknown template variable, completes variables and filters, and clears the mark when fixed', async () => {
    const { page } = session;
    await page.goto(`/cadences/${cadenceId}`);
    await node(page, 'sms').click();
    const settings = page.getByRole('complementary', { name: 'Settings of Send message sms' });
    const message = settings.locator('.monaco-host.monaco-liquid').first();
    await message.locator('.monaco-editor').waitFor();
    expect(await squiggles(message)).toBe(0);

    // Typed as a person types it (Monaco closes the braces and types over them).
    await message.locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' {{ acount.name }}');
    await page.keyboard.press('Escape');
    await expect.poll(() => squiggles(message)).toBeGreaterThan(0);
    expect(await nextMarkerMessage(page, message)).toContain('unknown template variable "acount.name"');
    await expect.poll(() => textOf(page.getByRole('list', { name: 'Problems' }))).toMatch(/unknown template variable "acount\.name"/);
    await session.screenshot('monaco-1-template-marker');

    // Fixed: the mark goes, and so does the problem (F8 moved the cursor to the marker: back to the end).
    await page.keyboard.press('Control+End');
    for (let i = 0; i < ' {{ acount.name }}'.length; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => squiggles(message)).toBe(0);
    // (The compliance lint still has its say about this bare SMS; the template problem is gone.)
    await expect.poll(() => textOf(page.getByRole('list', { name: 'Problems' }))).not.toMatch(/unknown template variable/);

    // Completion knows the account's fields and Kairos's filters.
    await page.keyboard.type(' {{ account.bal');
    const suggest = message.locator('.suggest-widget');
    await expect.poll(() => textOf(suggest)).toContain('account.balanceCents');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' | mo');
    await expect.poll(() => textOf(suggest)).toContain('money');
    await session.screenshot('monaco-2-filter-completion');
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await expect.poll(() => squiggles(message)).toBe(0);
    await expect.poll(() => textOf(settings.locator('.preview-text').first())).toMatch(/ \$\d[\d,]*\.\d\d$/);
    expect(session.problems).toEqual([]);
  });

  it('previews the message for a real account found by its id', async () => {
    const { page } = session;
    const engineer = await apiAs('engineer');
    try {
      const put = await engineer.put(`/api/v1/accounts/${accountId}`, { data: { name: 'Quinn Preview', balanceCents: 12_345, dueDate: '2026-05-01', timezone: 'UTC', language: 'en' } });
      expect(put.ok(), await put.text()).toBe(true);
    } finally {
      await engineer.dispose();
    }
    await node(page, 'sms').click();
    const preview = page.getByRole('complementary', { name: 'Settings of Send message sms' }).getByRole('region', { name: 'Preview' });
    await preview.getByRole('textbox', { name: 'Or an account id' }).fill(accountId);
    await preview.getByRole('button', { name: 'Use' }).click();
    await expect.poll(() => textOf(preview.locator('.preview-text').first())).toMatch(/^Hi Quinn, you owe \$123\.45\./);
    await preview.getByRole('textbox', { name: 'Or an account id' }).fill('NO-SUCH-ACCOUNT');
    await preview.getByRole('button', { name: 'Use' }).click();
    await expect.poll(() => textOf(preview.getByRole('alert'))).toMatch(/Account NO-SUCH-ACCOUNT cannot be shown/);
    // The 404 of the look-up is logged by the browser; nothing else went wrong.
    expect(session.problems.filter((p) => !/404 \(Not Found\)/.test(p))).toEqual([]);
    session.problems.length = 0;
  });

  it('marks type and syntax errors in a branch condition, completes fields, and clears the marks when fixed', async () => {
    const { page } = session;
    await node(page, 'split').click();
    const settings = page.getByRole('complementary', { name: 'Settings of Branch split' });
    const condition = settings.locator('.monaco-host.monaco-condition');
    await condition.locator('.monaco-editor').waitFor();
    expect(await squiggles(condition)).toBe(0);

    await condition.locator('.view-lines').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('dpd = ');
    await page.keyboard.type("'late");
    await page.keyboard.press('Escape');
    await expect.poll(() => squiggles(condition)).toBeGreaterThan(0);
    expect(await nextMarkerMessage(page, condition)).toContain('dpd is a number, so compare it with a number');
    await expect.poll(() => textOf(settings.getByRole('group', { name: 'Problems with this step' }))).toMatch(/dpd is a number, so compare it with a number \(at column 7\)/);
    await session.screenshot('monaco-3-condition-type-error');

    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('dpd >> 3');
    await expect.poll(() => nextMarkerMessage(page, condition)).toContain('">" is not a value');

    // Fixed with completion's help: the field comes from the list of account fields.
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('dpd > 30 and con');
    await page.keyboard.press('Control+Space');
    const suggest = condition.locator('.suggest-widget');
    await expect.poll(() => textOf(suggest)).toContain('consents.sms');
    await page.keyboard.press('Escape');
    await page.keyboard.insertText('sents.sms');
    await expect.poll(() => squiggles(condition)).toBe(0);
    await expect.poll(() => textOf(page.getByRole('list', { name: 'Problems' })), { timeout: 10_000 }).not.toMatch(/Branch \(split\)/);
    expect(session.problems).toEqual([]);
  });

  it("shows a step's settings as JSON, completed from its schema, naming the field at fault", async () => {
    const { page } = session;
    await node(page, 'done').click();
    const settings = page.getByRole('complementary', { name: 'Settings of Exit done' });
    const toggle = settings.getByRole('switch', { name: 'Edit as JSON' });
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    const json = settings.locator('.monaco-host.monaco-json');
    await json.locator('.view-lines').click();
    await page.keyboard.press('Control+a');
    // Monaco closes the brace itself, as it does for a person typing.
    await page.keyboard.insertText('{ "reason": "bored" ');
    await expect.poll(() => textOf(settings.getByRole('list', { name: 'Problems in these settings' }))).toMatch(/^reason: /);
    await expect.poll(() => squiggles(json)).toBeGreaterThan(0);
    await session.screenshot('monaco-4-json-field-error');
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('{ "reason": "paid" ');
    await expect.poll(() => settings.getByRole('list', { name: 'Problems in these settings' }).count()).toBe(0);
    await expect.poll(() => squiggles(json)).toBe(0);
    // The choice holds for the next step too.
    await node(page, 'sms').click();
    expect(await page.getByRole('complementary', { name: 'Settings of Send message sms' }).getByRole('switch', { name: 'Edit as JSON' }).getAttribute('aria-checked')).toBe('true');
    await page.getByRole('complementary', { name: 'Settings of Send message sms' }).getByRole('switch', { name: 'Edit as JSON' }).click();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 15_000 });
    expect(session.problems).toEqual([]);
  });
});
