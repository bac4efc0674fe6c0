import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { AccountEvent, AccountSnapshot } from '@kairos/cadence';
import {
  accountEventSignal,
  accountUpdatedSignal,
  CADENCE_WORKFLOW,
  enrollmentQuery,
  type CadenceWorkflowInput,
  type EnrollmentSnapshot,
} from '@kairos/workflows';

/** The API's port to Temporal. One implementation; tests run it against a real server. */
export interface CadenceRuntime {
  /** Start an enrollment's workflow; starting one that already exists (or existed) is a no-op. */
  startEnrollment(workflowId: string, input: CadenceWorkflowInput): Promise<void>;
  /** Deliver an account event; a finished or unknown workflow is not an error (returns false). */
  signalAccountEvent(workflowId: string, event: AccountEvent): Promise<boolean>;
  signalAccountUpdated(workflowId: string, account: AccountSnapshot): Promise<boolean>;
  describeEnrollment(workflowId: string): Promise<EnrollmentSnapshot | null>;
  healthy(): Promise<boolean>;
}

const QUERY_TIMEOUT_MS = 2_000;

export function createTemporalRuntime(client: Client, taskQueue: string): CadenceRuntime {
  const signal = async (run: () => Promise<void>): Promise<boolean> => {
    try {
      await run();
      return true;
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return false;
      throw err;
    }
  };
  return {
    async startEnrollment(workflowId, input) {
      try {
        await client.workflow.start(CADENCE_WORKFLOW, {
          workflowId,
          taskQueue,
          args: [input],
          // An enrollment's workflow runs once: a retried request must not start a second run.
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
    },
    signalAccountEvent: (workflowId, event) => signal(() => client.workflow.getHandle(workflowId).signal(accountEventSignal, event)),
    signalAccountUpdated: (workflowId, account) => signal(() => client.workflow.getHandle(workflowId).signal(accountUpdatedSignal, account)),
    async describeEnrollment(workflowId) {
      const query = client.workflow.getHandle(workflowId).query(enrollmentQuery);
      const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), QUERY_TIMEOUT_MS).unref());
      try {
        return await Promise.race([query, timeout]);
      } catch {
        return null;
      } finally {
        query.catch(() => undefined);
      }
    },
    async healthy() {
      try {
        await client.connection.workflowService.getSystemInfo({});
        return true;
      } catch {
        return false;
      }
    },
  };
}
