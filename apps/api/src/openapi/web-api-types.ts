// The web app's types of the API, generated from the API's own OpenAPI document (the zod schemas of its routes)
// by openapi-typescript, so the browser never holds a hand-written copy of a shape on the wire.
// `pnpm --dir apps/api web-api-types` rewrites the checked-in file; web-api-types.test.ts fails while it is stale.
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import openapiTS, { astToString } from 'openapi-typescript';
import { builtInRegistry } from '@kairos/cadence';
import { openDatabase } from '@kairos/db';
import { repoRoot } from '@kairos/toolchain';
import { createApp } from '../app';
import { createTemporalRuntime } from '../runtime';

/** Where the web app keeps the generated types. */
export const webApiTypesFile = () => join(repoRoot(), 'apps/web/src/api/openapi.d.ts');

const HEADER =
  '// Generated from the API\'s OpenAPI document by openapi-typescript: do not edit.\n' +
  '// Regenerate with `pnpm --dir apps/api web-api-types` after changing a route\'s schemas.\n\n';

/** The API's OpenAPI document, as GET /openapi.json answers it. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  // Describing the routes reads no data and reaches no Temporal: a throwaway database and a lazy client do.
  const database = await openDatabase({ memory: true });
  try {
    const runtime = createTemporalRuntime(new Client({ connection: Connection.lazy({ address: '127.0.0.1:7233' }) }), 'openapi-document');
    const app = createApp({
      db: database.db,
      registry: builtInRegistry,
      runtime,
      auth: { secret: 'x'.repeat(32), baseURL: 'http://kairos.invalid' },
      notices: false,
    });
    const res = await app.request('/openapi.json');
    if (!res.ok) throw new Error(`GET /openapi.json answered ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  } finally {
    await database.close();
  }
}

/** The text of apps/web/src/api/openapi.d.ts for the API as it is now. */
export async function webApiTypes(): Promise<string> {
  const ast = await openapiTS(JSON.stringify(await openApiDocument()), { alphabetize: true });
  return HEADER + astToString(ast);
}
