import { createRequire } from 'node:module';
import { bundleWorkflowCode, Worker, type NativeConnection, type WorkerOptions, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { log } from '@kairos/logging';
import { createActivities, type ActivityDeps } from './activities/index';

const workflowsPath = createRequire(import.meta.url).resolve('@kairos/workflows');

/** Bundle the workflow code once (webpack, a few seconds) and reuse it for every worker. */
export function bundleCadenceWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({ workflowsPath, logger: quietBundlerLogger });
}

const quietBundlerLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string) => log().warn({ source: 'workflow bundler' }, message),
  error: (message: string) => log().error({ source: 'workflow bundler' }, message),
};

export interface CadenceWorkerOptions extends ActivityDeps {
  connection: NativeConnection;
  namespace?: string;
  taskQueue: string;
  workflowBundle?: WorkflowBundleWithSourceMap;
  /** Tuning passed through to Temporal (cache size, concurrency, sticky timeouts). */
  tuning?: Pick<WorkerOptions, 'maxCachedWorkflows' | 'stickyQueueScheduleToStartTimeout' | 'maxConcurrentActivityTaskExecutions' | 'maxConcurrentWorkflowTaskExecutions'>;
}

/** A Temporal worker serving the cadence workflow and its activities. */
export function createCadenceWorker(opts: CadenceWorkerOptions): Promise<Worker> {
  const { connection, namespace, taskQueue, workflowBundle, tuning, ...deps } = opts;
  return Worker.create({
    connection,
    ...(namespace ? { namespace } : {}),
    taskQueue,
    activities: createActivities(deps),
    ...tuning,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath }),
  });
}
