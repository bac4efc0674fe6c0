// A lint finding: a compliance problem in a cadence design, placed at a node and a config field
// so the canvas can show it at the node and the review screen can list it.

export type LintSeverity = 'blocking' | 'warning';

export const LINT_RULES = {
  quietHours: 'lint.quiet-hours',
  frequencyCaps: 'lint.frequency-caps',
  optOutText: 'lint.opt-out-text',
  collectorDisclosure: 'lint.collector-disclosure',
  disputeHold: 'lint.dispute-hold',
  ceaseCommunication: 'lint.cease-communication',
  consentCheck: 'lint.consent-check',
  requiredDisclosure: 'lint.required-disclosure',
  analysisBudget: 'lint.analysis-budget',
  collectorIdentity: 'lint.collector-identity',
  outbound: 'lint.outbound',
} as const;
export type LintRuleId = (typeof LINT_RULES)[keyof typeof LINT_RULES];

export interface LintFinding {
  rule: LintRuleId;
  /** `blocking` stops publishing; `warning` is shown but does not. */
  severity: LintSeverity;
  nodeId: string;
  /** Config field of the node (`localTime`, `body`, `exitOn`, `rules.0`, `outcomes.dispute`, `channel`, `url`). */
  field: string;
  message: string;
  /** The provision the rule stands on. */
  cites: string;
  /** The compliance profiles under which the design has this problem (set when linted under several, see `lintUnderProfiles`). */
  profiles?: string[];
}

export const hasBlocking = (findings: readonly LintFinding[]): boolean => findings.some((f) => f.severity === 'blocking');
