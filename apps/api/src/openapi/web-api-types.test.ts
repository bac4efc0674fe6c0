import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { webApiTypes, webApiTypesFile } from './web-api-types';

it('gives the web app the types of the API as its routes describe them now', async () => {
  const checkedIn = readFileSync(webApiTypesFile(), 'utf8');
  const current = await webApiTypes();
  // A boolean, not the two texts: a 7,000-line diff would bury what to do.
  expect(checkedIn === current, 'apps/web/src/api/openapi.d.ts is stale: run `pnpm --dir apps/api web-api-types` and commit it').toBe(true);
  expect(current).toMatch(/"\/api\/v1\/node-kinds": \{/);
}, 120_000);
