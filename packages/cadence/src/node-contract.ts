import type { AccountSnapshot } from './account';
import type { ConfigObject, NodeKind } from './define-node';
import type { StepProgram } from './interpreter/ir';

const CATEGORIES = new Set(['entry', 'timing', 'message', 'payment', 'logic', 'action', 'exit']);

function outcomesProduced(run: StepProgram): string[] {
  switch (run.op) {
    case 'goto':
    case 'wait':
      return [run.outcome];
    case 'branch':
      return [...run.rules.map((r) => r.outcome), run.otherwise];
    case 'waitForEvent':
      return [...Object.values(run.on).filter((o): o is string => o !== undefined), run.timeoutOutcome];
    case 'activity':
      return run.outcomes;
    case 'split':
      return run.arms.map((a) => a.outcome);
    case 'waitForPromise':
      return [run.kept, run.broken, run.none];
    case 'repeat':
      return [run.again, run.done];
    case 'finish':
      return [];
  }
}

// The account a simulated answer is tried on: any valid account will do, the check is of the outcome's name.
const CONTRACT_ACCOUNT: AccountSnapshot = {
  id: 'contract-check', name: 'Contract Check', balanceCents: 50_000, currency: 'USD', dueDate: '2026-01-15',
  timezone: 'UTC', language: 'en', consents: {}, attributes: {},
};

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The canvas shows a summary of every node, also mid-edit: it must say something and never throw. */
function summaryProblems(kind: NodeKind, defaults: ConfigObject): string[] {
  const summary = kind.summary;
  if (typeof summary !== 'function') return ['has no summary for the canvas'];
  const problems: string[] = [];
  try {
    const text = summary(defaults);
    if (typeof text !== 'string' || !text.trim()) problems.push('summary of its defaults is empty');
  } catch (err) {
    problems.push(`summary throws on its defaults (${messageOf(err)})`);
  }
  try {
    summary({});
  } catch (err) {
    problems.push(`summary throws on a half-edited config (${messageOf(err)}); read the config defensively`);
  }
  return problems;
}

/**
 * A kind that does work says how its activity answers in simulations (which run without a worker),
 * and the params it compiles to pass its own activity input schema (which the worker parses them with).
 */
function activityProblems(kind: NodeKind, run: StepProgram): string[] {
  if (!kind.activity) {
    return [
      ...(kind.simulate ? ['has a simulated answer but no activity to simulate'] : []),
      ...(kind.waitsForReceipt ? ['waits for a receipt but has no activity'] : []),
    ];
  }
  if (!kind.simulate) return [`names activity "${kind.activity}" but has no simulated answer for simulations`];
  if (run.op !== 'activity') return [];
  if (kind.activityInput) {
    const input = kind.activityInput.safeParse(run.input);
    if (!input.success) {
      return input.error.issues.map((i) => `compiles to activity params its activity input refuses at "${i.path.join('.')}": ${i.message}`);
    }
  }
  try {
    const answer = kind.simulate(run.input, CONTRACT_ACCOUNT);
    if ('outcome' in answer && !run.outcomes.includes(answer.outcome)) {
      return [`simulated answer leaves by outcome "${answer.outcome}", which its compiled step does not take`];
    }
  } catch (err) {
    return [`simulated answer throws on its defaults (${messageOf(err)})`];
  }
  return [];
}

/**
 * What a node kind owes the editor, compiler and interpreter, as a list of problems (empty: fine).
 * The built-in registry test runs it on every kind; a custom node package runs it in its own tests.
 */
export function nodeKindContractProblems(kind: NodeKind): string[] {
  const problems: string[] = [];
  if (!kind.title.trim()) problems.push('has no title');
  if (kind.description.trim().length < 10) problems.push('needs a description of at least 10 characters for the palette');
  if (!CATEGORIES.has(kind.category)) problems.push(`category "${kind.category}" is not a palette category`);
  for (let v = 1; v < kind.version; v++) {
    if (typeof kind.migrations[v] !== 'function') problems.push(`has no migration from config v${v} to v${v + 1}`);
  }
  const parsed = kind.config.safeParse(kind.defaults);
  if (!parsed.success) {
    for (const i of parsed.error.issues) problems.push(`defaults fail the config schema at "${i.path.join('.')}": ${i.message}`);
    return problems;
  }
  const config = parsed.data;
  problems.push(...summaryProblems(kind, kind.defaults));
  for (const i of kind.validate(config, { nodeId: 'contract-check' })) {
    if ((i.severity ?? 'error') === 'error') problems.push(`defaults fail validation at "${i.field ?? ''}": ${i.message}`);
  }
  const outcomes = kind.outcomes(config);
  for (const o of outcomes) if (!o.label.trim()) problems.push(`outcome "${o.id}" has no label`);
  if (new Set(outcomes.map((o) => o.id)).size !== outcomes.length) problems.push('lists an outcome id more than once');
  let run: StepProgram;
  try {
    run = kind.compile(config, { nodeId: 'contract-check' }).run;
  } catch (err) {
    problems.push(`defaults do not compile: ${(err as Error).message}`);
    return problems;
  }
  const declared = new Set(outcomes.map((o) => o.id));
  const produced = new Set(outcomesProduced(run));
  for (const o of produced) if (!declared.has(o)) problems.push(`compiles to outcome "${o}", which it does not declare`);
  for (const o of declared) if (!produced.has(o)) problems.push(`declares outcome "${o}", which its compiled step never takes`);
  if (run.op === 'activity' && kind.activity !== run.activity) {
    problems.push(`compiles to activity "${run.activity}" but declares activity "${kind.activity ?? '(none)'}"`);
  }
  problems.push(...activityProblems(kind, run));
  return problems;
}
