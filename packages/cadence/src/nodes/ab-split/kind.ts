import { z } from 'zod';
import { defineNode, type NodeIssue } from '../../define-node';

const armKey = z.string().regex(/^[A-Z][A-Za-z0-9]{0,15}$/, 'arm keys start with a capital letter: A, B, Challenger2');
const experimentId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'experiment ids are lowercase letters, digits and dashes');

/**
 * Champion/challenger test: each account lands in one arm by a hash of (account, experiment), so the
 * assignment is sticky, replays identically and is recorded on the timeline for attribution.
 */
export const abSplitNode = defineNode({
  kind: 'ab-split',
  title: 'A/B split',
  category: 'logic',
  icon: 'flask',
  description: 'Test journeys against each other (champion/challenger) with weights and an optional control group that gets no contact.',
  config: z.object({
    experimentId,
    arms: z
      .array(z.object({ key: armKey, label: z.string().min(1).max(60), weight: z.number().int().min(1).max(100) }))
      .min(2, 'an experiment needs at least two arms')
      .max(5),
    controlPercent: z.number().int().min(0).max(50).default(0),
  }),
  defaults: {
    experimentId: 'champion-vs-challenger',
    arms: [
      { key: 'A', label: 'Champion', weight: 50 },
      { key: 'B', label: 'Challenger', weight: 50 },
    ],
    controlPercent: 0,
  },
  outcomes: (c) => [
    ...c.arms.map((a) => ({ id: `variant:${a.key}`, label: `${a.label} (${a.weight}%)` })),
    ...(c.controlPercent > 0 ? [{ id: 'control', label: `Control (${c.controlPercent}%)` }] : []),
  ],
  ui: {
    experimentId: { label: 'Experiment id', help: 'Results are reported by this id; keep it when you edit the cadence.' },
    controlPercent: { label: 'Control group %', help: 'Accounts held out of outreach, to measure what the cadence adds.' },
  },
  validate: (c) => {
    const issues: NodeIssue[] = [];
    const total = c.arms.reduce((sum, a) => sum + a.weight, 0) + c.controlPercent;
    if (total !== 100) issues.push({ code: 'weights-not-100', field: 'arms', message: `arm weights and the control group add up to ${total}%, not 100%` });
    const keys = new Set<string>();
    c.arms.forEach((a, i) => {
      if (keys.has(a.key)) issues.push({ code: 'duplicate-arm', field: `arms.${i}.key`, message: `arm ${a.key} is listed twice` });
      keys.add(a.key);
    });
    return issues;
  },
  summary: (c) => (Array.isArray(c.arms) ? c.arms.map((a: { label?: string; weight?: number }) => `${a.label ?? '?'} ${a.weight ?? 0}%`).join(' / ') : 'No arms'),
  compile: (c) => ({
    op: 'split',
    experimentId: c.experimentId,
    arms: [
      ...c.arms.map((a) => ({ outcome: `variant:${a.key}`, weight: a.weight })),
      ...(c.controlPercent > 0 ? [{ outcome: 'control', weight: c.controlPercent, control: true }] : []),
    ],
  }),
});
