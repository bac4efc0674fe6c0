import { describe, expect, it } from 'vitest';
import { createLocalEnv, createTimeSkippingEnv } from './temporal-env';

describe('temporal test environments', () => {
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
  }, 120_000);

  it('starts a real dev server that answers on its default namespace', async () => {
    const env = await createLocalEnv();
    try {
      expect(env.supportsTimeSkipping).toBe(false);
      const info = await env.client.connection.workflowService.describeNamespace({ namespace: env.namespace ?? 'default' });
      expect(info.namespaceInfo?.name).toBe(env.namespace ?? 'default');
    } finally {
      await env.teardown();
    }
  }, 120_000);
});
