// Waiting for a delivery receipt inside the send activity: bounded, heartbeating, and resumable.
// The receipt itself lands in the database (webhook → contact attempt), so a retried activity on
// another worker picks up the same wait where the first left off (the deadline counts from sentAt).
import { Context } from '@temporalio/activity';
import { getContactAttempt, isFinalDelivery, type ContactAttemptRow, type KairosDb } from '@kairos/db';

const POLL_MS = 200;

function heartbeat(): void {
  try {
    Context.current().heartbeat();
  } catch {
    // not inside an activity (a direct call in a test or script)
  }
}

/** The attempt once a final receipt (delivered, failed, bounced) arrived, or as it stands at the deadline. */
export async function waitForFinalDelivery(db: KairosDb, attempt: ContactAttemptRow, waitMs: number): Promise<ContactAttemptRow> {
  const started = (attempt.sentAt ?? new Date()).getTime();
  const deadline = Math.min(started + waitMs, Date.now() + waitMs);
  let current = attempt;
  while (!isFinalDelivery(current.status) && Date.now() < deadline) {
    heartbeat();
    await new Promise((r) => setTimeout(r, Math.min(POLL_MS, Math.max(0, deadline - Date.now()))));
    current = (await getContactAttempt(db, attempt.id)) ?? current;
  }
  return current;
}
