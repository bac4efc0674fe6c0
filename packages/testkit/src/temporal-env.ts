import { TestWorkflowEnvironment } from '@temporalio/testing';
import { findTemporalCli, findTemporalTestServer } from '@kairos/toolchain';

/** Temporal's time-skipping test server from the locally installed binary: days of waiting pass in milliseconds. */
export function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: findTemporalTestServer() } },
  });
}

/** A real Temporal dev server (in memory) from the locally installed CLI. */
export function createLocalEnv(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({
    server: { executable: { type: 'existing-path', path: findTemporalCli() }, extraArgs: ['--headless'] },
  });
}
