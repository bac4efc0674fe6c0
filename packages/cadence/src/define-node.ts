import type { z } from 'zod';
import type { CadenceIssue } from './issues';
import type { AccountSnapshot } from './account';
import type { CadenceSignal, EntryTrigger, ExitReason, StepProgram } from './interpreter/ir';
import type { ActivityResult } from './interpreter/state';

export type NodeCategory = 'entry' | 'timing' | 'message' | 'payment' | 'logic' | 'action' | 'exit';

/** A named way out of a node; edges attach to it by `sourceHandle`. */
export interface OutcomeSpec {
  id: string;
  label: string;
}

/** A config-level issue a node kind reports; the node id is added by the validator. */
export type NodeIssue = Pick<CadenceIssue, 'code' | 'message' | 'field'> & { severity?: CadenceIssue['severity'] };

export interface NodeContext {
  nodeId: string;
}

/** What a node compiles to: the primitive the interpreter runs, and (entry kinds) enrollment-wide facts. */
export interface CompiledStep {
  run: StepProgram;
  interrupts?: Partial<Record<CadenceSignal, ExitReason>>;
  /** How accounts are enrolled automatically; absent means by API only. */
  trigger?: EntryTrigger;
}

export type ConfigObject = Record<string, unknown>;

/** An address a step's activity sends requests to, and the config field it comes from. */
export interface OutboundUrl {
  field: string;
  url: string;
}

/** Hints for the generated config form; the schema stays the source of truth for types and checks. */
export interface FieldHint {
  label?: string;
  help?: string;
  /** `portfolios`: a list of portfolio ids, picked from the portfolios the editing person reads. */
  widget?: 'text' | 'textarea' | 'template' | 'expression' | 'number' | 'select' | 'time' | 'duration' | 'json' | 'portfolios';
}

/**
 * A config as the editor holds it mid-edit: any shape at all (fields missing, of the wrong type), so
 * a canvas summary reads it defensively and never throws.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a half-edited config can hold anything
export type DraftConfig = Record<string, any>;

/**
 * How a kind's activity answers in a simulation: the decision the worker would make from the compiled
 * params and the account alone (eligibility, thresholds, account changes), without any I/O.
 */
export type SimulatedAnswer = (params: Record<string, unknown>, account: AccountSnapshot) => ActivityResult;

export interface NodeKindSpec<S extends z.ZodType<ConfigObject>> {
  /** Stable identifier stored in graphs as the React Flow node `type`. */
  kind: string;
  /** Version of the config schema; bump it with a migration when stored configs change shape. */
  version?: number;
  title: string;
  category: NodeCategory;
  description: string;
  icon?: string;
  config: S;
  defaults: z.input<S>;
  outcomes: readonly OutcomeSpec[] | ((config: z.output<S>) => OutcomeSpec[]);
  /** `migrations[n]` turns a version-n config into a version n+1 config. */
  migrations?: Record<number, (config: ConfigObject) => ConfigObject>;
  /** Checks beyond the schema (cross-field rules, template variables, ...). */
  validate?: (config: z.output<S>, ctx: NodeContext) => NodeIssue[];
  compile: (config: z.output<S>, ctx: NodeContext) => StepProgram | CompiledStep;
  /** Name of the worker activity this kind's steps call, if it does work outside the workflow. */
  activity?: string;
  /**
   * Its activity may wait (bounded, heartbeating) for a delivery receipt, so the workflow gives it ten
   * minutes instead of one. Built-in kinds only: the workflow's list of such activities is fixed code
   * (`RECEIPT_WAITING_ACTIVITIES`), which a test holds to the kinds that set this.
   */
  waitsForReceipt?: boolean;
  /**
   * The params its activity accepts (what `compile` puts in the step's `input`): the worker parses them
   * with this schema, and the contract check holds the compiled defaults to it.
   */
  activityInput?: z.ZodType<ConfigObject>;
  /**
   * The URLs the activity calls, from a valid config: the design-time lint holds each to the
   * portfolios' outbound policies and shows a refusal at its field, before anything runs.
   */
  outboundUrls?: (config: z.output<S>) => OutboundUrl[];
  ui?: Record<string, FieldHint>;
  /** One line under the node's title on the canvas saying what it does with this config ("Wait 3 days"). */
  summary: (config: DraftConfig) => string;
  /** Kinds with an activity: how it answers in a simulation (see SimulatedAnswer). */
  simulate?: SimulatedAnswer;
}

/** A registered node kind: the spec with its defaults filled in and type parameters erased. */
export interface NodeKind {
  kind: string;
  version: number;
  title: string;
  category: NodeCategory;
  description: string;
  icon?: string;
  config: z.ZodType<ConfigObject>;
  defaults: ConfigObject;
  outcomes: (config: ConfigObject) => OutcomeSpec[];
  migrations: Record<number, (config: ConfigObject) => ConfigObject>;
  validate: (config: ConfigObject, ctx: NodeContext) => NodeIssue[];
  compile: (config: ConfigObject, ctx: NodeContext) => CompiledStep;
  activity?: string;
  waitsForReceipt: boolean;
  activityInput?: z.ZodType<ConfigObject>;
  /** The URLs its activity calls (none for most kinds). */
  outboundUrls: (config: ConfigObject) => OutboundUrl[];
  ui: Record<string, FieldHint>;
  /** The canvas summary; missing only on a kind built without defineNode (the contract check says so). */
  summary?: (config: DraftConfig) => string;
  simulate?: SimulatedAnswer;
}

const KIND_ID = /^[a-z][a-z0-9-]*(\/[a-z][a-z0-9-]*)?$/;

/** Declare a node kind. Built-in and custom kinds use exactly this API. */
export function defineNode<S extends z.ZodType<ConfigObject>>(spec: NodeKindSpec<S>): NodeKind {
  if (!KIND_ID.test(spec.kind)) {
    throw new Error(`node kind id "${spec.kind}" must be lowercase words joined by dashes (optionally "scope/name")`);
  }
  const outcomes = spec.outcomes;
  const compile = spec.compile;
  return {
    kind: spec.kind,
    version: spec.version ?? 1,
    title: spec.title,
    category: spec.category,
    description: spec.description,
    ...(spec.icon !== undefined ? { icon: spec.icon } : {}),
    config: spec.config,
    defaults: spec.defaults as ConfigObject,
    outcomes: typeof outcomes === 'function' ? (c) => outcomes(c as z.output<S>) : () => [...outcomes],
    migrations: spec.migrations ?? {},
    validate: spec.validate ? (c, ctx) => spec.validate!(c as z.output<S>, ctx) : () => [],
    compile: (c, ctx) => {
      const out = compile(c as z.output<S>, ctx);
      return 'op' in out ? { run: out } : out;
    },
    ...(spec.activity !== undefined ? { activity: spec.activity } : {}),
    waitsForReceipt: spec.waitsForReceipt ?? false,
    ...(spec.activityInput !== undefined ? { activityInput: spec.activityInput } : {}),
    outboundUrls: spec.outboundUrls ? (c) => spec.outboundUrls!(c as z.output<S>) : () => [],
    ui: spec.ui ?? {},
    summary: spec.summary,
    ...(spec.simulate !== undefined ? { simulate: spec.simulate } : {}),
  };
}

/** Bring a stored config up to the kind's current version, or say which migration is missing. */
export function migrateConfig(
  kind: NodeKind,
  config: ConfigObject,
  fromVersion: number,
): { config: ConfigObject } | { error: string } {
  if (fromVersion > kind.version) {
    return { error: `config was written for ${kind.kind} v${fromVersion}, but only v${kind.version} is installed` };
  }
  let current = config;
  for (let v = fromVersion; v < kind.version; v++) {
    const migrate = kind.migrations[v];
    if (!migrate) return { error: `${kind.kind} has no migration from config v${v} to v${v + 1}` };
    current = migrate(current);
  }
  return { config: current };
}
