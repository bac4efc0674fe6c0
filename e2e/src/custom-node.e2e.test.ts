// The example custom node package (acme/agency-placement, loaded from kairos.config.json) end to end in
// the real product: it is in the palette, its generated form edits and validates it, the cadence is
// reviewed and published, and an enrollment runs its activity on the product's worker against a local
// HTTP server standing in for the agency, ending as placed. No console errors allowed.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiAs, openBrowser, signIn, type BrowserSession } from './harness';

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const textOf = async (l: { textContent(): Promise<string | null> }) => (await l.textContent()) ?? '';

/** Acme's intake API, as the activity calls it: accepts balances of $500 and more. */
function standInAgency() {
  const received: Array<{ headers: IncomingHttpHeaders; body: Record<string, unknown> }> = [];
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      const body = JSON.parse(text) as { reference: string; balance: { amountCents: number } };
      received.push({ headers: req.headers, body });
      const accepted = body.balance.amountCents >= 50_000;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(accepted ? { accepted, agencyReference: `ACME-${body.reference}` } : { accepted, reason: 'below our floor' }));
    });
  });
  return { server, received };
}

describe('the example custom node, from palette to a placement', () => {
  let session: BrowserSession;
  const agency = standInAgency();
  let endpoint = '';
  const accountId = `E2E-ACME-${Date.now()}`;

  beforeAll(async () => {
    await new Promise<void>((r) => agency.server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(agency.server.address() as AddressInfo).port}/v1/placements`;
    session = await openBrowser({ baseURL: inject('productUrl') });
    await signIn(session, 'strategist');
  });
  afterAll(async () => {
    await session?.close();
    await new Promise<void>((r) => agency.server.close(() => r()));
  });

  it('is drawn, validated, published and placed by the worker through the agency', async () => {
    const { page } = session;
    const name = `E2E Acme placement ${Date.now()}`;
    const created = await page.request.post('/api/v1/cadences', {
      headers: { origin: inject('productUrl') },
      data: { name, graph: { nodes: [{ id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid', 'dispute'] } } }], edges: [] } },
    });
    const cadenceId = ((await created.json()) as { id: string }).id;
    await page.goto(`/cadences/${cadenceId}`);
    await node(page, 'entry').click();

    // The palette lists the custom kind (from kairos.config.json) under its category; search finds it.
    const palette = page.getByRole('complementary', { name: 'Node palette' });
    await palette.getByRole('searchbox').fill('acme');
    await palette.getByRole('button', { name: 'Add Place with Acme agency' }).click();
    await node(page, 'agency-placement-1').waitFor();
    await session.screenshot('custom-node-1-palette');

    // Its generated form: a wrong portfolio code is an error at that field, fixed in place.
    const settings = page.getByRole('complementary', { name: 'Settings of Place with Acme agency agency-placement-1' });
    await settings.getByRole('textbox', { name: 'Intake API URL' }).fill(endpoint);
    const code = settings.getByRole('textbox', { name: 'Acme portfolio code' });
    await code.fill('kairos-01');
    await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
    const described = async () => {
      const ids = ((await code.getAttribute('aria-describedby')) ?? '').split(' ');
      return Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
    };
    await expect.poll(described).toContainEqual('portfolio codes are 2-12 capital letters or digits, as Acme issues them');
    await session.screenshot('custom-node-2-field-error');
    await code.fill('KAIROS01');
    await expect.poll(() => code.getAttribute('aria-invalid')).toBe(null);
    await settings.getByRole('spinbutton', { name: 'Smallest balance placed (cents)' }).fill('20000');

    // Its outcomes: placed → an exit as escalated, rejected → an exit as exhausted.
    await palette.getByRole('searchbox').fill('');
    await palette.getByRole('button', { name: 'Add Exit', exact: true }).click();
    await node(page, 'exit-1').waitFor();
    await page.getByRole('complementary', { name: 'Settings of Exit exit-1' }).getByRole('combobox', { name: 'Reason' }).selectOption('escalated');
    await node(page, 'agency-placement-1').click();
    await palette.getByRole('button', { name: 'Add Exit', exact: true }).click();
    await node(page, 'exit-2').waitFor();
    await page.getByRole('complementary', { name: 'Settings of Exit exit-2' }).getByRole('combobox', { name: 'Reason' }).selectOption('exhausted');
    await expect.poll(() => textOf(page.getByRole('heading', { name: /Problems/ })), { timeout: 10_000 }).toMatch(/Problems 0 errors/);
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 15_000 });
    const saved = (await (await page.request.get(`/api/v1/cadences/${cadenceId}`)).json()) as { draftGraph: { nodes: Array<{ id: string; data: { config: unknown } }>; edges: Array<{ source: string; sourceHandle: string; target: string }> } };
    expect(saved.draftGraph.nodes.find((n) => n.id === 'agency-placement-1')!.data.config).toEqual({ endpoint, portfolioCode: 'KAIROS01', minBalanceCents: 20_000 });
    expect(saved.draftGraph.edges.map((e) => `${e.source}.${e.sourceHandle}>${e.target}`).sort()).toEqual(['agency-placement-1.placed>exit-1', 'agency-placement-1.rejected>exit-2', 'entry.next>agency-placement-1']);
    await session.screenshot('custom-node-3-drawn');

    // Submitted, approved by a compliance officer (not the author), published.
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('status', { name: 'Review state: In review' }).waitFor({ timeout: 15_000 });
    const officer = await apiAs('compliance_officer');
    try {
      const [review] = (await (await officer.get(`/api/v1/cadences/${cadenceId}/reviews`)).json()) as Array<{ id: string; hash: string }>;
      const approved = await officer.post(`/api/v1/reviews/${review!.id}/approve`, { data: { hash: review!.hash } });
      expect(approved.status(), await approved.text()).toBe(200);
    } finally {
      await officer.dispose();
    }
    await page.getByRole('status', { name: 'Review state: Approved' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Version 1 is published.').waitFor({ timeout: 20_000 });

    // An enrolled account with a balance above the minimum: the product's worker places it with the agency.
    const engineer = await apiAs('engineer');
    try {
      const account = await engineer.put(`/api/v1/accounts/${accountId}`, { data: { name: 'Pat Placement', balanceCents: 80_000, dueDate: '2026-06-01', timezone: 'UTC' } });
      expect(account.ok(), await account.text()).toBe(true);
      const enrolled = await engineer.post('/api/v1/enrollments', { data: { accountId, cadenceId } });
      expect(enrolled.status(), await enrolled.text()).toBe(201);
      const enrollmentId = ((await enrolled.json()) as { id: string }).id;
      type Detail = { status: string; exitReason: string | null; currentStepId: string | null; timeline: Array<{ type: string; stepId: string | null; outcome?: string; detail?: Record<string, unknown> }> };
      const detail = async () => (await (await engineer.get(`/api/v1/enrollments/${enrollmentId}`)).json()) as Detail;
      await expect.poll(async () => (await detail()).status, { timeout: 60_000 }).toBe('finished');
      const done = await detail();
      expect(done.exitReason).toBe('escalated');
      expect(done.timeline).toContainEqual(expect.objectContaining({ stepId: 'agency-placement-1', outcome: 'placed' }));
    } finally {
      await engineer.dispose();
    }
    expect(agency.received).toHaveLength(1);
    expect(agency.received[0]!.headers.authorization).toBe(`Bearer ${inject('acmeAgencyApiKey')}`);
    expect(agency.received[0]!.headers['idempotency-key']).toMatch(/:agency-placement-1:1$/);
    expect(agency.received[0]!.body).toMatchObject({ portfolio: 'KAIROS01', reference: accountId, balance: { amountCents: 80_000, currency: 'USD' } });

    // The live view shows it ended at the placed exit.
    await page.getByRole('link', { name: 'Open version 1' }).click();
    await expect.poll(() => textOf(node(page, 'exit-1')), { timeout: 20_000 }).toMatch(/1 ended/);
    await session.screenshot('custom-node-4-placed');
    expect(session.problems).toEqual([]);
  });
});
