// Cadences as files through the editor: export downloads a kairos.cadence/1 file, importing it makes a new
// draft with the same graph, and a broken file says what is wrong and creates nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS_DIR, openBrowser, signIn, type BrowserSession } from './harness';

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const textOf = async (l: Locator) => (await l.textContent()) ?? '';
type Graph = { nodes: Array<{ id: string; type: string; data: { label?: string; config: unknown } }>; edges: Array<{ id: string; source: string; sourceHandle: string; target: string }> };
const shape = (g: Graph) => ({
  nodes: g.nodes.map((n) => ({ id: n.id, type: n.type, label: n.data.label, config: n.data.config })).sort((a, b) => a.id.localeCompare(b.id)),
  edges: g.edges.map((e) => `${e.source}.${e.sourceHandle}>${e.target}`).sort(),
});

describe('cadences as files in the editor', () => {
  let session: BrowserSession;
  const stamp = Date.now();
  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
    await signIn(session, 'strategist');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('exports a cadence and imports the file back as a new draft with the same graph', async () => {
    const { page } = session;
    const graph = {
      nodes: [
        { id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid', 'dispute'] } } },
        { id: 'wait', type: 'wait', position: { x: 0, y: 150 }, data: { label: 'Three days', config: { mode: 'duration', duration: { days: 3, hours: 0, minutes: 0 } } } },
        { id: 'done', type: 'exit', position: { x: 0, y: 300 }, data: { config: { reason: 'exhausted' } } },
      ],
      edges: [
        { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'wait' },
        { id: 'e2', source: 'wait', sourceHandle: 'next', target: 'done' },
      ],
    };
    const created = await page.request.post('/api/v1/cadences', { headers: { origin: inject('productUrl') }, data: { name: `E2E export ${stamp}`, description: 'Round trip', graph } });
    const { id } = (await created.json()) as { id: string };
    await page.goto(`/cadences/${id}`);
    await node(page, 'wait').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toBe(`e2e-export-${stamp}.cadence.json`);
    const file = join(ARTIFACTS_DIR, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; name: string; description: string; graph: Graph };
    expect({ format: exported.format, name: exported.name, description: exported.description }).toEqual({ format: 'kairos.cadence/1', name: `E2E export ${stamp}`, description: 'Round trip' });
    expect(shape(exported.graph)).toEqual(shape(graph as Graph));

    // Import it from the cadence list under another name.
    await page.goto('/cadences');
    await page.getByRole('button', { name: 'Import cadence' }).click();
    await page.getByLabel('Cadence file (.json, exported from Kairos)').setInputFiles(file);
    const ready = page.locator('.import-ready');
    await expect.poll(() => textOf(ready)).toMatch(/3 steps, 2 arrows\. No problems/);
    const nameField = page.getByRole('textbox', { name: 'Name of the imported cadence' });
    expect(await nameField.inputValue()).toBe(`E2E export ${stamp}`);
    await nameField.fill(`E2E imported ${stamp}`);
    await session.screenshot('cadence-files-1-import-ready');
    await page.getByRole('button', { name: 'Import as a new draft' }).click();
    await node(page, 'wait').waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'Cadence name' }).inputValue()).toBe(`E2E imported ${stamp}`);
    const importedId = page.url().split('/cadences/')[1]!.split(/[/?]/)[0]!;
    expect(importedId).not.toBe(id);
    const imported = (await (await page.request.get(`/api/v1/cadences/${importedId}`)).json()) as { description: string; draftGraph: Graph };
    expect(imported.description).toBe('Round trip');
    expect(shape(imported.draftGraph)).toEqual(shape(graph as Graph));
    expect(session.problems).toEqual([]);
  });

  it('says what is wrong with a broken file and imports nothing', async () => {
    const { page } = session;
    const before = ((await (await page.request.get('/api/v1/cadences')).json()) as unknown[]).length;
    await page.goto('/cadences');
    await page.getByRole('button', { name: 'Import cadence' }).click();
    const picker = page.getByLabel('Cadence file (.json, exported from Kairos)');
    const importButton = page.getByRole('button', { name: 'Import as a new draft' });

    await picker.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "kairos.cadence/1",\n  name: "x"\n}') });
    await expect.poll(() => textOf(page.getByRole('alert'))).toMatch(/This file is not JSON: notes\.json.*line 3, column 3/s);
    expect(await importButton.isDisabled()).toBe(true);

    await picker.setInputFiles({ name: 'people.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ people: ['Ann'] })) });
    await expect.poll(() => textOf(page.getByRole('alert'))).toMatch(/This is not a Kairos cadence file: people\.json/);

    const broken = {
      format: 'kairos.cadence/1',
      name: `E2E broken ${stamp}`,
      graph: {
        nodes: [
          { id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: {} } },
          { id: 'sms', type: 'send-message', data: { config: { channel: 'sms', body: 'Hi' } } },
        ],
        edges: [{ id: 'e1', source: 'entry', sourceHandle: 'next', target: 'nowhere' }],
      },
    };
    await picker.setInputFiles({ name: 'broken.cadence.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const reasons = page.getByRole('list', { name: 'Why this file cannot be imported' });
    await expect.poll(() => textOf(reasons)).toMatch(/step "sms" \(send-message\), field position: /);
    expect(await textOf(page.getByRole('alert'))).toMatch(/^The cadence in this file cannot be opened: broken\.cadence\.json/);
    expect(await importButton.isDisabled()).toBe(true);
    await session.screenshot('cadence-files-2-broken');
    expect(((await (await page.request.get('/api/v1/cadences')).json()) as unknown[]).length).toBe(before);
    expect(session.problems).toEqual([]);
  });
});
