// vitest globalSetup: one running product for the whole e2e run, shared through inject('productUrl').
// KAIROS_E2E_URL points the tests at a product that is already running instead.
import type { TestProject } from 'vitest/node';
import { startProduct } from './product';

declare module 'vitest' {
  export interface ProvidedContext {
    productUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.KAIROS_E2E_URL;
  if (given) {
    project.provide('productUrl', given);
    return async () => undefined;
  }
  const product = await startProduct();
  project.provide('productUrl', product.url);
  return () => product.stop();
}
