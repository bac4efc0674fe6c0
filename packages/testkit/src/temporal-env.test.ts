import { describe, expect, it } from 'vitest';
import { createTimeSkippingEnv } from './temporal-env';

describe('temporal test environment', () => {
  it('starts the local time-skipping server and skips a day in well under a second of waiting', async () => {
    const env = await createTimeSkippingEnv();
    try {
      const before = await env.currentTimeMs();
      await env.sleep('1 day');
      const after = await env.currentTimeMs();
      expect(after - before).toBeGreaterThanOrEqual(86_400_000);
    } finally {
      await env.teardown();
    }
  }, 60_000);
});
