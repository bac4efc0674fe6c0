import { TestWorkflowEnvironment } from '@temporalio/testing';
import { findTemporalCli, findTemporalTestServer } from '@kairos/toolchain';

/** The local time-skipping test server binary (nothing is downloaded at run time). */
export const temporalTestServerPath = (): string => findTemporalTestServer();

/** Temporal's time-skipping test server from the locally installed binary: days of waiting pass in milliseconds. */
export function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: temporalTestServerPath() } },
  });
}

/** A real Temporal dev server (in memory, no UI) from the locally installed CLI. */
export function createLocalEnv(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({
    server: { executable: { type: 'existing-path', path: findTemporalCli() }, extraArgs: ['--headless'] },
  });
}
