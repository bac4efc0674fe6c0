// The whole API, fuzzed from its own OpenAPI document by Schemathesis, as an admin and as an engineer:
// whatever arrives (missing bodies, NUL in any text, impossible dates, deep JSON, wrong methods), the
// answer is below 500. A capped run (under 3 minutes of fuzzing) inside `pnpm test`; `pnpm fuzz` runs
// every phase without the cap (docs/api-fuzzing.md). The fuzzer gets a product of its own: what it
// creates (portfolios, profiles, users) must not reach the other e2e tests.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, bearerToken, CAPPED, fuzzApi, fuzzSummary, FUZZ_ROLES, startProduct, type FuzzResult, type RunningProduct } from './harness';

describe('the API under schema-driven fuzzing', () => {
  let product: RunningProduct;
  beforeAll(async () => {
    product = await startProduct();
  });
  afterAll(async () => {
    await product?.stop();
  });

  it(
    'answers every generated request, as an admin and as an engineer, with less than 500',
    async () => {
      const results: FuzzResult[] = [];
      for (const role of FUZZ_ROLES) {
        const token = await bearerToken(product.url, product.logins, role);
        const result = await fuzzApi({ baseUrl: product.url, token, role, budget: CAPPED, reportDir: join(ARTIFACTS_DIR, 'fuzz') });
        console.log(fuzzSummary(result));
        results.push(result);
      }
      // What the product logged about its own failures: the cause of each 500 (a failed query, a stack).
      const serverLog = () => product.output().split('\n').filter((line) => /error|cause/i.test(line)).slice(0, 60).join('\n');
      for (const r of results) {
        // The run happened: a fuzzer that could not load the document or sign in sends next to nothing.
        expect(r.requests, `${r.role}: too few requests\n${r.output}`).toBeGreaterThan(100);
        expect(r.serverErrors, `${r.role}: server errors (reproductions below, report ${r.report})\n${r.output}\nthe product logged:\n${serverLog()}`).toEqual([]);
      }
      const health = await fetch(`${product.url}/api/v1/health`);
      expect(health.status).toBe(200);
    },
    420_000,
  );

  it('refuses a 64 MB body before sign-in with 413 naming the limit, as the real server runs', async () => {
    const body = new Uint8Array(64 * 1024 * 1024).fill(0x61);
    const res = await fetch(`${product.url}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'payload_too_large', message: expect.stringMatching(/limited to 1 MB/) });
  });
});
