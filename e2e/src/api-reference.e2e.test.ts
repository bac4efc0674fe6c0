// The interactive API reference is part of the product: it must render offline, without console errors.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './harness';

describe('API reference page', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('renders every documented operation from the served OpenAPI document, offline and without console errors', async () => {
    const { page } = session;
    const document = await (await page.request.get('/openapi.json')).json();
    const summaries = Object.values(document.paths as Record<string, Record<string, { summary?: string }>>)
      .flatMap((operations) => Object.values(operations).map((operation) => operation.summary))
      .filter((summary): summary is string => Boolean(summary));
    expect(summaries.length).toBeGreaterThan(10);

    await page.goto('/docs');
    await page.getByText(summaries[0]!, { exact: true }).first().waitFor({ timeout: 30_000 });
    for (const summary of summaries.slice(0, 5)) await page.getByText(summary, { exact: true }).first().waitFor({ timeout: 10_000 });
    await session.screenshot('api-reference');
    expect(session.problems).toEqual([]);
  });
});
