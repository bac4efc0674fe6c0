// vitest globalSetup: one running product for the whole e2e run, shared through inject('productUrl').
// KAIROS_E2E_URL points the tests at a product that is already running instead (and KAIROS_E2E_LOGINS at its logins.json;
// ACME_AGENCY_API_KEY must then be the one its worker has, and it must run with NODE_ENV=test KAIROS_OUTBOUND_ALLOW_LOOPBACK=1
// so that its worker may call the tests' loopback stand-in agency).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startProduct, type Logins } from './product';

declare module 'vitest' {
  export interface ProvidedContext {
    productUrl: string;
    /** The product's demo logins by role (KAIROS_E2E_LOGINS names their logins.json for an external product). */
    productLogins: Logins;
    /** The API key the product's worker sends to the example agency (its ACME_AGENCY_API_KEY). */
    acmeAgencyApiKey: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.KAIROS_E2E_URL;
  // The example custom node's secret: given to the product's worker, checked by the test's stand-in agency.
  const acmeKey = process.env.ACME_AGENCY_API_KEY ?? `e2e-acme-${randomUUID()}`;
  project.provide('acmeAgencyApiKey', acmeKey);
  if (given) {
    project.provide('productUrl', given);
    project.provide('productLogins', process.env.KAIROS_E2E_LOGINS ? (JSON.parse(readFileSync(process.env.KAIROS_E2E_LOGINS, 'utf8')) as Logins) : {});
    return async () => undefined;
  }
  const product = await startProduct({ env: { ACME_AGENCY_API_KEY: acmeKey } });
  project.provide('productUrl', product.url);
  project.provide('productLogins', product.logins);
  return () => product.stop();
}
