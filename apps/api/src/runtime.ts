import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { AccountEvent, AccountSnapshot } from '@kairos/cadence';
import {
  accountEventSignal,
  accountUpdatedSignal,
  CADENCE_WORKFLOW,
  enrollmentControlSignal,
  enrollmentQuery,
  NOTICE_WORKFLOW,
  noticeWorkflowId,
  type NoticeInput,
  type CadenceWorkflowInput,
  type EnrollmentControl,
  type EnrollmentSnapshot,
} from '@kairos/workflows';

/**
 * The API's port to Temporal: the only place the API touches workflows. It exists for layering
 * (routes speak in enrollments, not workflow handles), not for mocking: tests run it against a real server.
 */
export interface CadenceRuntime {
  /** Start an enrollment's workflow. Starting one that already exists (running or finished) is a no-op, so retries are safe. */
  startEnrollment(input: CadenceWorkflowInput & { workflowId: string }): Promise<void>;
  /** Deliver an account event. A finished or unknown workflow is not an error: there is nothing left to tell. */
  signalAccountEvent(workflowId: string, event: AccountEvent): Promise<void>;
  /** Send the receipt or confirmation of a stored event, once: a second start for the same event is a no-op. */
  startNotice(input: NoticeInput): Promise<void>;
  /** Tell a running enrollment its account changed; a finished one is not an error. */
  signalAccountUpdated(workflowId: string, account: AccountSnapshot): Promise<void>;
  /** The workflow's own view of the enrollment (a finished one answers with its final state); null when unknown or slow to answer. */
  describeEnrollment(workflowId: string): Promise<EnrollmentSnapshot | null>;
  /** Tell a running enrollment a person paused, resumed or stopped it: 'finished' when its run is already over. */
  controlEnrollment(workflowId: string, control: EnrollmentControl): Promise<'delivered' | 'finished'>;
  /** Whether Temporal answers at all (for health checks). */
  healthy(): Promise<boolean>;
}

const QUERY_TIMEOUT_MS = 2_000;
/** How long the health check waits for Temporal: without a deadline the client retries for about 20 s while Temporal is down. */
const HEALTH_TIMEOUT_MS = 2_000;

/** A workflow that has finished (or never existed) answers signals with "not found": nothing to deliver. */
async function ignoringFinished(signal: () => Promise<void>): Promise<void> {
  try {
    await signal();
  } catch (err) {
    if (!(err instanceof WorkflowNotFoundError)) throw err;
  }
}

/** The CadenceRuntime over a Temporal client, starting workflows on `taskQueue`. */
export function createTemporalRuntime(client: Client, taskQueue: string): CadenceRuntime {
  return {
    async startEnrollment({ workflowId, ...input }) {
      try {
        await client.workflow.start(CADENCE_WORKFLOW, {
          workflowId,
          taskQueue,
          args: [input],
          // An enrollment runs once: a retried request (or a second API instance) must not start a second run,
          // even after the first has finished.
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
    },
    async startNotice(input) {
      try {
        await client.workflow.start(NOTICE_WORKFLOW, {
          workflowId: noticeWorkflowId(input.eventRowId),
          taskQueue,
          args: [input],
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
    },
    signalAccountEvent: (workflowId, event) => ignoringFinished(() => client.workflow.getHandle(workflowId).signal(accountEventSignal, event)),
    signalAccountUpdated: (workflowId, account) =>
      ignoringFinished(() => client.workflow.getHandle(workflowId).signal(accountUpdatedSignal, account)),
    async controlEnrollment(workflowId, control) {
      try {
        await client.workflow.getHandle(workflowId).signal(enrollmentControlSignal, control);
        return 'delivered';
      } catch (err) {
        if (err instanceof WorkflowNotFoundError) return 'finished';
        throw err;
      }
    },
    async describeEnrollment(workflowId) {
      // A query needs a worker to answer; without one it would hang, and the caller only wants a best-effort view.
      const query = client.workflow.getHandle(workflowId).query(enrollmentQuery);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), QUERY_TIMEOUT_MS);
      });
      try {
        return await Promise.race([query, timeout]);
      } catch {
        return null;
      } finally {
        clearTimeout(timer);
        query.catch(() => undefined);
      }
    },
    async healthy() {
      try {
        await client.connection.withDeadline(Date.now() + HEALTH_TIMEOUT_MS, () => client.connection.workflowService.getSystemInfo({}));
        return true;
      } catch {
        return false;
      }
    },
  };
}
