// The canvas's own gestures in Debian's Chromium, against the real product: box and Ctrl+click
// selection to delete or move several steps at once, the minimap, zoom to fit, "Tidy up" (L) laying
// a tangled cadence out without overlaps, and a published version that refuses every edit and says
// how to change the cadence instead. No console errors.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiAs, openBrowser, signIn, type BrowserSession } from './harness';

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (page: Page, id: string): Promise<Box> => (await node(page, id).boundingBox())!;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const selectedIds = (page: Page) => page.locator('.react-flow__node.selected').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());
const nodeIds = (page: Page) => page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());

interface Kind {
  kind: string;
  defaults: Record<string, unknown>;
}

describe('the canvas', () => {
  let session: BrowserSession;
  let kinds: Kind[] = [];
  const defaults = (kind: string) => kinds.find((k) => k.kind === kind)!.defaults;

  /** entry → a → b → c → done, placed at `positions` (a column 220 px apart unless given). */
  function chain(positions?: Record<string, { x: number; y: number }>) {
    const ids = ['entry', 'a', 'b', 'c', 'done'];
    const at = (id: string, i: number) => positions?.[id] ?? { x: 0, y: i * 220 };
    return {
      nodes: ids.map((id, i) => ({
        id,
        type: id === 'entry' ? 'entry' : id === 'done' ? 'exit' : 'wait',
        position: at(id, i),
        // A dispute must end the cadence (the compliance lint blocks submitting otherwise).
        data: { config: id === 'entry' ? { ...defaults('entry'), exitOn: ['paid', 'dispute'] } : defaults(id === 'done' ? 'exit' : 'wait') },
      })),
      edges: ids.slice(1).map((id, i) => ({ id: `e-${ids[i]}-${id}`, source: ids[i]!, sourceHandle: 'next', target: id })),
    };
  }

  async function openNew(name: string, graph: unknown) {
    const res = await session.page.request.post('/api/v1/cadences', { headers: { origin: inject('productUrl') }, data: { name: `${name} ${Date.now()}`, graph } });
    expect(res.status(), await res.text()).toBe(201);
    const { id } = (await res.json()) as { id: string };
    await session.page.goto(`/cadences/${id}`);
    await node(session.page, 'done').waitFor();
    return id;
  }

  async function savedPositions(id: string) {
    await session.page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 15_000 });
    const saved = (await (await session.page.request.get(`/api/v1/cadences/${id}`)).json()) as { draftGraph: { nodes: Array<{ id: string; position: { x: number; y: number } }> } };
    return Object.fromEntries(saved.draftGraph.nodes.map((n) => [n.id, n.position]));
  }

  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
    await signIn(session, 'strategist');
    kinds = (await (await session.page.request.get('/api/v1/node-kinds')).json()) as Kind[];
  });
  afterAll(async () => session?.close());

  it('selects several steps with a Shift+drag box and deletes them together, arrows and all; one undo brings them back', async () => {
    const { page } = session;
    await openNew('E2E box select', chain());
    const [a, b] = [await boxOf(page, 'a'), await boxOf(page, 'b')];
    // From empty canvas left of the column, around a and b only.
    await page.keyboard.down('Shift');
    await page.mouse.move(a.x - 40, a.y - 20);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width + 40, b.y + b.height + 20, { steps: 10 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(() => selectedIds(page)).toEqual(['a', 'b']);
    await page.getByText('Several steps are selected: move, copy or delete them together.').waitFor();

    await page.keyboard.press('Delete');
    await expect.poll(() => nodeIds(page)).toEqual(['c', 'done', 'entry']);
    await expect.poll(() => page.locator('.react-flow__edge').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(['e-c-done']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeIds(page)).toEqual(['a', 'b', 'c', 'done', 'entry']);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(4);
    expect(session.problems).toEqual([]);
  });

  it('moves steps picked with Ctrl+click together when one of them is dragged, and saves where they went', async () => {
    const { page } = session;
    const id = await openNew('E2E multi move', chain());
    const before = await savedPositions(id);
    await node(page, 'a').click();
    await node(page, 'c').click({ modifiers: ['Control'] });
    await expect.poll(() => selectedIds(page)).toEqual(['a', 'c']);
    const [a0, c0, b0] = [await boxOf(page, 'a'), await boxOf(page, 'c'), await boxOf(page, 'b')];
    await page.mouse.move(a0.x + 30, a0.y + 12);
    await page.mouse.down();
    await page.mouse.move(a0.x + 130, a0.y + 52, { steps: 10 });
    await page.mouse.up();
    const [a1, c1, b1] = [await boxOf(page, 'a'), await boxOf(page, 'c'), await boxOf(page, 'b')];
    expect(a1.x - a0.x).toBeGreaterThan(60);
    expect(c1.x - c0.x).toBeCloseTo(a1.x - a0.x, 0);
    expect(c1.y - c0.y).toBeCloseTo(a1.y - a0.y, 0);
    expect(b1).toEqual(b0);

    const after = await savedPositions(id);
    const moved = (n: string) => ({ dx: after[n]!.x - before[n]!.x, dy: after[n]!.y - before[n]!.y });
    expect(moved('a').dx).toBeGreaterThan(50);
    expect(moved('c')).toEqual(moved('a'));
    expect(moved('b')).toEqual({ dx: 0, dy: 0 });
    expect(session.problems).toEqual([]);
  });

  it('has a labelled minimap drawing every step, and zooms to fit the whole cadence from the toolbar and with F', async () => {
    const { page } = session;
    await openNew('E2E zoom', chain());
    const minimap = page.getByRole('img', { name: 'Minimap of the whole cadence' });
    await minimap.waitFor();
    expect(await page.locator('.react-flow__minimap-node').count()).toBe(5);

    // Steps out of view are not drawn at all (the canvas renders only what is visible).
    const allInView = () =>
      page.evaluate(() => {
        const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
        const drawn = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
        return drawn.length === 5 && drawn.every((r) => r.left >= pane.left && r.top >= pane.top && r.right <= pane.right && r.bottom <= pane.bottom);
      });
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    const zoomInFar = async () => {
      // Up to the canvas's largest zoom, where the button turns itself off.
      for (let i = 0; i < 8 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
      await expect.poll(allInView).toBe(false);
    };
    await expect.poll(allInView).toBe(true);

    await zoomInFar();
    await page.getByRole('toolbar', { name: 'Canvas tools' }).getByRole('button', { name: 'Zoom to fit' }).click();
    await expect.poll(allInView).toBe(true);

    await zoomInFar();
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('f');
    await expect.poll(allInView).toBe(true);
    expect(session.problems).toEqual([]);
  });

  it('lays a tangled cadence out on demand (Tidy up, or L): no step overlaps another and each follows the one before; undo puts it back', async () => {
    const { page } = session;
    // Every step piled onto nearly the same spot.
    const piled = Object.fromEntries(['entry', 'a', 'b', 'c', 'done'].map((id, i) => [id, { x: i * 12, y: i * 9 }]));
    const id = await openNew('E2E tidy up', chain(piled));
    const boxes = async () => Promise.all(['entry', 'a', 'b', 'c', 'done'].map((n) => boxOf(page, n)));
    const anyOverlap = async () => {
      const all = await boxes();
      return all.some((x, i) => all.some((y, j) => i < j && overlaps(x, y)));
    };
    expect(await anyOverlap()).toBe(true);

    await page.getByRole('toolbar', { name: 'Canvas tools' }).getByRole('button', { name: 'Tidy up' }).click();
    await expect.poll(anyOverlap).toBe(false);
    const laid = await boxes();
    for (let i = 1; i < laid.length; i++) expect(laid[i]!.y, `step ${i} below step ${i - 1}`).toBeGreaterThan(laid[i - 1]!.y + laid[i - 1]!.height);
    const saved = await savedPositions(id);
    expect(saved.done!.y - saved.entry!.y).toBeGreaterThan(4 * 90);

    // One undo step takes the whole layout back; L (with the canvas focused) does it again.
    await page.keyboard.press('Control+z');
    await expect.poll(anyOverlap).toBe(true);
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('l');
    await expect.poll(anyOverlap).toBe(false);
    await session.screenshot('canvas-tidied');
    expect(session.problems).toEqual([]);
  });

  it('opens a published version read-only: no palette, settings disabled, Delete and Tidy up change nothing, and it says to edit the draft', async () => {
    const { page } = session;
    // A cadence through review and published: submit, a compliance officer approves, publish.
    const id = await openNew('E2E read-only version', chain());
    const submitted = await page.request.post(`/api/v1/cadences/${id}/reviews`, { headers: { origin: inject('productUrl') } });
    expect(submitted.status(), await submitted.text()).toBe(201);
    const officer = await apiAs('compliance_officer');
    try {
      const [review] = (await (await officer.get(`/api/v1/cadences/${id}/reviews`)).json()) as Array<{ id: string; hash: string }>;
      const approved = await officer.post(`/api/v1/reviews/${review!.id}/approve`, { data: { hash: review!.hash } });
      expect(approved.status(), await approved.text()).toBe(200);
    } finally {
      await officer.dispose();
    }
    const published = await page.request.post(`/api/v1/cadences/${id}/versions`, { headers: { origin: inject('productUrl') } });
    expect(published.status(), await published.text()).toBe(201);

    // From the draft's version history to the version.
    await page.goto(`/cadences/${id}`);
    await page.getByRole('region', { name: 'Versions' }).getByRole('link', { name: 'Version 1', exact: true }).click();
    await page.getByRole('heading', { name: /^Version 1 of E2E read-only version/ }).waitFor();
    await page.getByText('Read-only', { exact: true }).waitFor();
    expect(await page.getByRole('complementary', { name: 'Node palette' }).count()).toBe(0);
    await page.getByText(/A published version cannot be changed\. To change the cadence, edit its draft/).waitFor();

    // A step's settings are shown but cannot be changed, and there is no delete.
    await node(page, 'b').click();
    const settings = page.getByRole('complementary', { name: 'Settings of Wait b' });
    await settings.waitFor();
    const fields = settings.locator('input, select, textarea');
    expect(await fields.count()).toBeGreaterThan(2);
    // :disabled, as the browser decides it (a field in a disabled fieldset is disabled too).
    expect(await fields.evaluateAll((els) => els.filter((e) => !e.matches(':disabled')).map((e) => e.outerHTML))).toEqual([]);
    expect(await settings.getByRole('button', { name: 'Delete this step' }).count()).toBe(0);

    // The keyboard's edits do nothing: Delete, Tidy up, copy and paste; nor does dragging a step (that pans the view).
    // Positions compared where the canvas keeps them: each step's translate() in canvas coordinates.
    const flowPositions = (ids: string[]) => Promise.all(ids.map((n) => node(page, n).evaluate((e) => (e as HTMLElement).style.transform)));
    const all = ['entry', 'a', 'b', 'c', 'done'];
    const before = await flowPositions(all);
    await node(page, 'b').focus();
    await page.keyboard.press('Delete');
    await page.keyboard.press('l');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    expect(await nodeIds(page)).toEqual(['a', 'b', 'c', 'done', 'entry']);
    expect(await flowPositions(all)).toEqual(before);
    const b = await boxOf(page, 'b');
    await page.mouse.move(b.x + 30, b.y + 12);
    await page.mouse.down();
    await page.mouse.move(b.x + 200, b.y + 80, { steps: 8 });
    await page.mouse.up();
    expect(await flowPositions(['a', 'b', 'c'])).toEqual(before.slice(1, 4));
    await session.screenshot('canvas-read-only-version');

    // The way to change it: the draft, in the editor with its palette.
    await page.getByRole('link', { name: 'edit its draft' }).click();
    await page.getByRole('complementary', { name: 'Node palette' }).waitFor();
    expect(page.url()).toMatch(new RegExp(`/cadences/${id}$`));
    expect(session.problems).toEqual([]);
  });
});
