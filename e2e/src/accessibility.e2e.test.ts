// Accessibility of the product's pages in Debian's Chromium, against the real product: axe-core (WCAG 2
// A/AA, colour contrast and best practices) finds nothing on the sign-in page, the cadence list, the
// editor with a step selected, a published version, the review queue, the audit log, the outbox, an account, the channel
// costs and the collector identity (each: the administrator's form with a problem shown, the read-only view of
// other roles), the New test account form with a problem shown; and
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

/** The focused element as a screen reader names it (its first line of Playwright's ARIA snapshot), e.g. `button "Add Wait"`. */
async function focused(page: Page): Promise<string> {
  const snapshot = await page.locator(':focus').ariaSnapshot().catch(() => '(nothing focused)');
  return snapshot.split('\n')[0]!.replace(/^- /, '').replace(/:$/, '');
}

/** The focus colour of the app's stylesheet (--focus), as computed styles give it. */
const FOCUS_COLOUR = 'rgb(37, 99, 235)';

/**
 * Whether the focused element shows that it has focus: an outline of 2px or more on it (or, for a
 * canvas step, on its card), or, for an arrow, its line drawn in the focus colour.
 */
function hasFocusRing(page: Page): Promise<boolean> {
  return page.evaluate((focusColour) => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const outlined = [el, el.querySelector('.cadence-node')].some((e) => {
      if (!e) return false;
      const s = getComputedStyle(e);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)';
    });
    const path = el.classList.contains('react-flow__edge') ? el.querySelector('.react-flow__edge-path') : null;
    return outlined || (path !== null && getComputedStyle(path).stroke === focusColour);
  }, FOCUS_COLOUR);
}

/**
 * Press Tab until the focused element is named `target` (at most `max` presses), checking on the way
 * that every stop shows a focus ring. Returns every stop, for the failure message.
 */
async function tabTo(page: Page, target: string | RegExp, max = 120): Promise<string[]> {
  const trail: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    trail.push(now);
    expect(await hasFocusRing(page), `no visible focus ring on ${now} (after ${trail.join(' → ')})`).toBe(true);
    // A field's snapshot ends with its value (`textbox "Days": 3`): a string target names the element only.
    if (typeof target === 'string' ? now === target || now.startsWith(`${target}:`) : target.test(now)) return trail;
  }
  throw new Error(`Tab never reached ${String(target)}; it went ${trail.join(' → ')}`);
}

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
  it('finds nothing on the account page, as a strategist and as an agent', async () => {
    const { page } = session;
    for (const role of ['strategist', 'agent'] as const) {
      await as(role);
      await page.goto(`/accounts/${accountId}`);
      await page.getByRole('heading', { name: /^Alex Access/ }).waitFor();
      await page.getByRole('region', { name: 'Enrollments' }).getByRole('article').first().waitFor();
      await expectNoViolations(page, `account-${role}`);
    }
  });

  it("finds nothing on the channel costs form, with a field's problem shown", async () => {
    const { page } = session;
    await as('admin');
    await page.goto('/channel-costs');
    const form = page.getByRole('form', { name: 'Channel costs' });
    const letter = form.getByRole('textbox', { name: 'Letter', exact: true });
    await letter.fill('-1');
    await form.getByRole('button', { name: 'Save costs' }).click();
    await form.getByRole('alert').waitFor();
    expect(await letter.getAttribute('aria-invalid')).toBe('true');
    await expectNoViolations(page, 'channel-costs-form');
    // Nothing was saved: put the field back so leaving the page asks nothing.
    await form.getByRole('button', { name: 'Discard changes' }).click();
  });

  it('finds nothing on the channel costs, read-only', async () => {
    const { page } = session;
    await as('compliance_officer');
    await page.goto('/channel-costs');
    await page.getByRole('table', { name: 'Cost of one contact attempt' }).waitFor();
    await expectNoViolations(page, 'channel-costs-read-only');
  });

  it("finds nothing on the collector identity form, with a field's problem shown", async () => {
    const { page } = session;
    await as('admin');
    await page.goto('/collector');
    const form = page.getByRole('form', { name: 'Collector identity' });
    const phone = form.getByRole('textbox', { name: 'Phone', exact: true });
    await phone.fill('call us');
    await form.getByRole('button', { name: 'Save identity' }).click();
    await form.getByRole('alert').waitFor();
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    await expectNoViolations(page, 'collector-form');
    await form.getByRole('button', { name: 'Discard changes' }).click();
  });

  it("finds nothing on the New test account form, with a field's problem shown", async () => {
    const { page } = session;
    await as('strategist');
    await page.goto('/accounts/new');
    const form = page.getByRole('form', { name: 'New test account' });
    const balance = form.getByRole('textbox', { name: 'Balance (USD)' });
    await balance.fill('a lot');
    await form.getByRole('button', { name: 'Create test account' }).click();
    await form.getByRole('alert').waitFor();
    expect(await balance.getAttribute('aria-invalid')).toBe('true');
    await expectNoViolations(page, 'new-test-account-form');
  });

  it('finds nothing on the collector identity, read-only', async () => {
    const { page } = session;
    await as('compliance_officer');
    await page.goto('/collector');
    // The demo seed gave the default portfolio its fictional collector.
    await page.getByText('Kairos Demo Recoveries LLC').waitFor();
    await expectNoViolations(page, 'collector-read-only');
  });

  it('works the editor from the keyboard alone: header, palette search, adding a step, its settings, submitting', async () => {
    const { page } = session;
    await as('strategist');
    await page.goto(`/cadences/${editorCadenceId}`);
    await node(page, 'done').waitFor();
    await page.getByText('No problems: this cadence can be published.').waitFor();

    // From the top of the page: the skip link, the way back, the name, then the canvas tools.
    await tabTo(page, 'link "Skip to content"');
    await tabTo(page, 'textbox "Cadence name"');
    await tabTo(page, 'button "Tidy up"');
    await tabTo(page, 'button "Zoom to fit"');
    await tabTo(page, 'button "Submit for review"');

    // The palette: search it, then add the one match with Enter.
    await tabTo(page, 'searchbox "Search node kinds"');
    await page.keyboard.type('wait 3');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await tabTo(page, 'button "Add Wait"');
    await page.keyboard.press('Enter');
    await node(page, 'wait-1').waitFor();
    const settings = page.getByRole('complementary', { name: 'Settings of Wait wait-1' });
    await settings.waitFor();

    // On through the canvas's steps to the new step's settings: its label and its days.
    await tabTo(page, /^group "Wait \(wait-1\)"/);
    await tabTo(page, 'textbox "Step label"');
    await page.keyboard.type('Give them a week');
    await tabTo(page, 'spinbutton "Days"');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('7');
    await expect.poll(async () => (await node(page, 'wait-1').textContent()) ?? '').toMatch(/Give them a week.*Wait 7 days/);
    await tabTo(page, /^combobox "Then goes to"/);
    await session.screenshot('a11y-keyboard-settings');

    // Shift+Tab goes back the same way, to the last field of the duration.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatch(/^spinbutton "Minutes"/);
    expect(session.problems).toEqual([]);
  });
});
