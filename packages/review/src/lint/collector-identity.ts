// Every message names its portfolio's collector, and the worker refuses every send for a portfolio
// without a complete collector identity. The design cannot cure that, so this is a warning, raised
// before review: accounts of those portfolios would hear nothing until an administrator sets one.
import { LINT_RULES, type LintFinding } from './findings';
import type { CadenceFlow } from './flow';

const NAMES_COLLECTOR = /\{\{-?\s*collector\./;

export function collectorIdentityFindings(flow: CadenceFlow, portfoliosWithout: readonly string[]): LintFinding[] {
  if (portfoliosWithout.length === 0 || flow.contacts.size === 0) return [];
  const namesCollector = [...flow.contacts.values()].some((c) => c.messages.some((m) => m.texts.some((t) => NAMES_COLLECTOR.test(t.body))));
  const which = portfoliosWithout.map((p) => `"${p}"`).join(', ');
  const one = portfoliosWithout.length === 1;
  return [
    {
      rule: LINT_RULES.collectorIdentity,
      severity: 'warning',
      nodeId: flow.ir.entry,
      field: 'config',
      message:
        `portfolio${one ? '' : 's'} ${which} ${one ? 'has' : 'have'} no complete collector identity, so this cadence's messages to ${one ? 'its' : 'their'} accounts ` +
        `are refused until an administrator sets one on the Collector page${namesCollector ? ' (the texts name the collector with {{ collector.* }})' : ''}`,
      cites: 'reg-f.1006.18(e)',
    },
  ];
}
