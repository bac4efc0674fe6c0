// Rule-triggered enrollment: cadences whose Entry enrolls by segment, by DPD or before the due date
// enroll matching accounts themselves, once per rule cycle. Run after an account changes and by a
// periodic sweep (DPD moves with the calendar, not with writes).
import { isOneActiveCadence, triggerDecision, type CadenceIR, type EntryTrigger } from '@kairos/cadence';
import { candidateAccounts, createTriggeredEnrollment, getAccount, getVersion, listRuleCadences, listUnstartedTriggeredEnrollments, type KairosDb, type StoredAccount } from '@kairos/db';
import { enrollmentWorkflowId } from '@kairos/workflows';
import type { CadenceRuntime } from '../runtime';
import { enrollmentStarter } from '../enrollments/enrollment-starter';
import { startPeriodicTask } from './periodic-task';

export interface AutoEnrollmentDeps {
  db: KairosDb;
  runtime: CadenceRuntime;
  clock?: () => Date;
}

export interface AutoEnrollmentReport {
  cadences: number;
  checked: number;
  enrolled: Array<{ cadenceId: string; accountId: string; enrollmentId: string; cycle: string }>;
  /** Stored earlier but not yet running (an API stopped between insert and start): started now. */
  resumed: number;
  /** Enrollments stored but not started because Temporal did not answer: the next run starts them. */
  notStarted: number;
}

const PAGE = 500;

/**
 * Enroll every account that a rule cadence's entry trigger matches now, once per cycle. With
 * `accountIds`, only those accounts are checked (after an upsert); otherwise all accounts, in pages.
 * With `cadenceId`, only that cadence's rule (just published).
 */
export async function runAutoEnrollment(deps: AutoEnrollmentDeps, opts: { accountIds?: readonly string[]; cadenceId?: string } = {}): Promise<AutoEnrollmentReport> {
  const now = (deps.clock ?? (() => new Date()))();
  const report: AutoEnrollmentReport = { cadences: 0, checked: 0, enrolled: [], resumed: 0, notStarted: 0 };
  const startRun = enrollmentStarter(deps);
  const start = async (workflowId: string, enrollmentId: string, ir: CadenceIR, account: StoredAccount) => {
    try {
      await startRun({ id: enrollmentId, workflowId }, ir, account);
      return true;
    } catch {
      report.notStarted++;
      return false;
    }
  };

  for (const cadence of await listRuleCadences(deps.db)) {
    if (opts.cadenceId !== undefined && cadence.cadenceId !== opts.cadenceId) continue;
    report.cadences++;
    for await (const { account, cycleKey } of ruleMatches(deps.db, { cadenceId: cadence.cadenceId, trigger: cadence.ir.trigger, oneActiveCadence: isOneActiveCadence(cadence.ir) }, now, opts.accountIds, () => report.checked++)) {
      const enrollment = await createTriggeredEnrollment(deps.db, {
        accountId: account.id,
        cadenceId: cadence.cadenceId,
        cadenceVersionId: cadence.versionId,
        triggerCycle: cycleKey,
        workflowIdFor: enrollmentWorkflowId,
      });
      if (!enrollment) continue; // this cycle already enrolled the account
      if (await start(enrollment.workflowId, enrollment.id, cadence.ir, account)) {
        report.enrolled.push({ cadenceId: cadence.cadenceId, accountId: account.id, enrollmentId: enrollment.id, cycle: cycleKey });
      }
    }
  }

  // Rule enrollments left stored but unstarted by an earlier run: start them (REJECT_DUPLICATE keeps it once).
  if (!opts.accountIds) {
    for (const e of await listUnstartedTriggeredEnrollments(deps.db, new Date(now.getTime() - 60_000), PAGE)) {
      const version = await getVersion(deps.db, e.cadenceVersionId);
      const account = await getAccount(deps.db, e.accountId);
      if (version && account && (await start(e.workflowId, e.id, version.ir, account))) report.resumed++;
    }
  }
  return report;
}

/**
 * The accounts a rule cadence's entry trigger matches now, with the cycle each would enter, in id
 * order and in pages. Accounts already in the cadence are left out by the query; an account this
 * cycle already enrolled (and which has since finished) is still yielded: storing it refuses it.
 */
export async function* ruleMatches(
  db: KairosDb,
  rule: { cadenceId: string; trigger: EntryTrigger; oneActiveCadence: boolean },
  now: Date,
  accountIds?: readonly string[],
  onChecked: () => void = () => {},
): AsyncGenerator<{ account: StoredAccount; cycleKey: string }> {
  let afterId: string | undefined;
  for (;;) {
    const page = await candidateAccounts(db, {
      cadenceId: rule.cadenceId,
      trigger: rule.trigger,
      oneActiveCadence: rule.oneActiveCadence,
      now,
      limit: PAGE,
      ...(afterId !== undefined ? { afterId } : {}),
      ...(accountIds ? { accountIds } : {}),
    });
    for (const account of page) {
      onChecked();
      const decision = triggerDecision(rule.trigger, account, now.toISOString());
      if (decision.enroll) yield { account, cycleKey: decision.cycleKey };
    }
    if (page.length < PAGE) return;
    afterId = page[page.length - 1]!.id;
  }
}

/** Run the auto-enrollment every `intervalMs`; returns a stop function. */
export function startAutoEnrollmentSweep(deps: AutoEnrollmentDeps, intervalMs: number): () => void {
  return startPeriodicTask('auto-enrollment', intervalMs, () => runAutoEnrollment(deps));
}
