// The outbound policy in the real editor: a webhook step pointed at the cloud metadata address is a
// compliance error at the step and its URL field as soon as the draft opens, and clears when the URL
// is one the deployment may call (here a loopback receiver: the e2e product runs with the test allowance).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signIn, type BrowserSession } from './harness';

const webhookTo = (url: string) => ({
  nodes: [
    { id: 'start', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid', 'dispute'] } } },
    { id: 'notify', type: 'webhook', position: { x: 0, y: 150 }, data: { config: { url }, label: 'Notify CRM' } },
    { id: 'done', type: 'exit', position: { x: 0, y: 300 }, data: { config: { reason: 'completed' } } },
    { id: 'hook-failed', type: 'exit', position: { x: 250, y: 300 }, data: { config: { reason: 'completed' } } },
  ],
  edges: [
    { id: 'e1', source: 'start', sourceHandle: 'next', target: 'notify' },
    { id: 'e2', source: 'notify', sourceHandle: 'ok', target: 'done' },
    { id: 'e3', source: 'notify', sourceHandle: 'failed', target: 'hook-failed' },
  ],
});

describe('a webhook step under the outbound policy, in the editor', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
    await signIn(session, 'strategist');
  });
  afterAll(async () => session?.close());

  it('shows a call to the metadata address as an error at the step, and clears it for an allowed URL', async () => {
    const { page } = session;
    const created = await page.request.post('/api/v1/cadences', {
      headers: { origin: inject('productUrl') },
      data: { name: `E2E metadata probe ${Date.now()}`, graph: webhookTo('http://169.254.169.254/latest/meta-data/') },
    });
    expect(created.status()).toBe(201);
    await page.goto(`/cadences/${((await created.json()) as { id: string }).id}`);

    const problems = page.getByRole('list', { name: 'Problems' });
    const refusal = problems.getByRole('button', { name: /^Compliance error: Call webhook: Notify CRM \(notify\): .*169\.254\.169\.254.*Kairos sends requests over https only/ });
    await refusal.waitFor({ timeout: 20_000 });
    await refusal.click();
    const url = page.getByRole('complementary', { name: 'Settings of Call webhook notify' }).getByRole('textbox', { name: 'URL' });
    await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
    await session.screenshot('outbound-1-metadata-refused');

    await url.fill('http://127.0.0.1:9/kairos-hook');
    await expect.poll(() => url.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe(null);
    await expect.poll(async () => (await page.getByRole('heading', { name: /Problems/ }).textContent()) ?? '', { timeout: 10_000 }).toMatch(/Problems 0 errors/);
  });
});
