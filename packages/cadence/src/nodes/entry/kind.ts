import { z } from 'zod';
import { defineNode, type NodeIssue } from '../../define-node';
import type { CadenceSignal, ExitReason } from '../../interpreter/ir';
import { compileConditions, conditionIssues, conditionSchema } from '../shared/conditions-schema';
import { localTimeSchema } from '../shared/duration';
import { plural, words } from '../shared/summary-text';

const exitSignals = z.enum(['paid', 'dispute', 'promise', 'plan_accepted']);
const REASON: Record<z.output<typeof exitSignals>, ExitReason> = { paid: 'paid', dispute: 'dispute', promise: 'promise', plan_accepted: 'plan' };

/** How accounts come into the cadence: by API only, or automatically by a rule Kairos checks. */
/**
 * The portfolios a rule enrolls from. Optional in the schema so graphs drawn before rules were scoped
 * still load and replay; such a rule enrolls the `default` portfolio only, and validation asks for a scope.
 */
const rulePortfolios = z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a portfolio id such as default')).max(50).optional();

export const entryTriggerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('api') }),
  z.object({ type: z.literal('segment'), when: z.array(conditionSchema).min(1, 'add at least one condition'), portfolios: rulePortfolios }),
  z.object({ type: z.literal('dpd'), days: z.number().int().min(0).max(3650), localTime: localTimeSchema.default('10:00'), portfolios: rulePortfolios }),
  z.object({ type: z.literal('preDue'), days: z.number().int().min(1).max(60), localTime: localTimeSchema.default('10:00'), portfolios: rulePortfolios }),
]);

/** The portfolios an unscoped rule (drawn before rules named theirs) enrolls from. */
export const UNSCOPED_RULE_PORTFOLIOS: readonly string[] = ['default'];
export type EntryTriggerConfig = z.output<typeof entryTriggerSchema>;

/** How accounts enter, in words, from a possibly half-edited trigger. */
function triggerText(t: unknown): string {
  const { type, days, when } = (t ?? {}) as { type?: string; days?: number; when?: unknown[] };
  if (type === 'segment') return `When an account matches ${plural(Array.isArray(when) ? when.length : 0, 'condition')}`;
  if (type === 'dpd') return `At ${days ?? '?'} days past due`;
  if (type === 'preDue') return `${plural(Number(days ?? 0), 'day')} before the due date`;
  return 'Enrolled through the API';
}

/** Where every enrollment starts; says how accounts enter and which account events end the cadence wherever it is. */
export const entryNode = defineNode({
  kind: 'entry',
  version: 2,
  title: 'Entry',
  category: 'entry',
  icon: 'play',
  description: 'Accounts enter here: by API, by a segment rule, when DPD reaches N, or N days before the due date.',
  config: z.object({
    trigger: entryTriggerSchema.default({ type: 'api' }),
    exitOn: z.array(exitSignals).max(4).default(['paid']),
    // Optional, not defaulted: a graph that does not set it compiles to the IR (and hash) it always had.
    oneActiveCadence: z.boolean().optional(),
  }),
  defaults: { trigger: { type: 'api' }, exitOn: ['paid'] },
  outcomes: [{ id: 'next', label: 'Start' }],
  migrations: {
    // v1 stored the trigger as the string 'api'.
    1: (c) => ({ ...c, trigger: { type: 'api' } }),
  },
  ui: {
    trigger: { label: 'Accounts enter', help: 'Rule triggers are checked when accounts change and once an hour.' },
    'trigger.portfolios': { label: 'From portfolios', help: 'A rule enrolls only accounts of these portfolios.', widget: 'portfolios' },
    exitOn: { label: 'End the cadence when', help: 'A full payment should always end collection outreach.' },
    oneActiveCadence: {
      label: 'One active cadence per account',
      help: 'An account already active in another cadence is not enrolled in this one: the enroll preview counts it and enrolling it is refused, saying why.',
    },
  },
  validate: (c) => {
    const issues: NodeIssue[] = [];
    if (!c.exitOn.includes('paid')) {
      issues.push({ code: 'no-exit-on-payment', field: 'exitOn', severity: 'warning', message: 'the cadence keeps contacting accounts after they pay in full' });
    }
    if (c.trigger.type === 'segment') issues.push(...conditionIssues(c.trigger.when, 'trigger.when'));
    if (c.trigger.type !== 'api' && !c.trigger.portfolios?.length) {
      issues.push({
        code: 'rule-without-portfolios',
        field: 'trigger.portfolios',
        severity: 'warning',
        message: `the rule names no portfolio, so it enrolls only the "${UNSCOPED_RULE_PORTFOLIOS.join(', ')}" portfolio's accounts: name the portfolios it applies to`,
      });
    }
    return issues;
  },
  summary: (c) => `${triggerText(c.trigger)} · ends on ${words(c.exitOn) || 'nothing'}`,
  compile: (c) => {
    const t = c.trigger;
    const interrupts = Object.fromEntries(c.exitOn.map((s) => [s as CadenceSignal, REASON[s]]));
    // A DPD or pre-due entry also waits for its moment, so an account enrolled early by API starts on time.
    const run =
      t.type === 'dpd' ? { op: 'wait' as const, until: { dueDateOffsetDays: t.days, localTime: t.localTime }, outcome: 'next' }
      : t.type === 'preDue' ? { op: 'wait' as const, until: { dueDateOffsetDays: -t.days, localTime: t.localTime }, outcome: 'next' }
      : { op: 'goto' as const, outcome: 'next' };
    // Only a scoped rule carries its portfolios, so an unscoped graph compiles to the IR (and hash) it always had.
    const scope = t.type !== 'api' && t.portfolios?.length ? { portfolios: [...new Set(t.portfolios)].sort() } : {};
    const trigger =
      t.type === 'segment' ? { type: 'segment' as const, when: compileConditions(t.when), ...scope }
      : t.type === 'api' ? undefined
      : { type: t.type, days: t.days, ...scope };
    return { run, interrupts, ...(trigger ? { trigger } : {}) };
  },
});
