// Checking an API answer inside an e2e test: the status must be one expected, and a failure shows the body.
import { expect } from 'vitest';
import type { APIResponse } from 'playwright-core';

/** The JSON body of `res`, after asserting its status is one of `statuses` (the body is the failure message). */
export async function jsonAnswer(res: APIResponse, ...statuses: number[]): Promise<Record<string, unknown>> {
  expect(statuses, await res.text()).toContain(res.status());
  return res.json() as Promise<Record<string, unknown>>;
}
