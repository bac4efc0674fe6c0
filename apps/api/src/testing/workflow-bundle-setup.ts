// vitest globalSetup: bundle the cadence workflows once per test run (webpack, a few seconds)
// and hand the code to every test file that runs a worker, instead of bundling per file.
import type { TestProject } from 'vitest/node';
import { bundleCadenceWorkflows } from '@kairos/worker';

declare module 'vitest' {
  export interface ProvidedContext {
    workflowBundle: { code: string; sourceMap: string };
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const bundle = await bundleCadenceWorkflows();
  project.provide('workflowBundle', { code: bundle.code, sourceMap: bundle.sourceMap });
}
