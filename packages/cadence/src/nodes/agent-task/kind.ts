import { z } from 'zod';
import { defineNode } from '../../define-node';
import { templateIssues } from '../shared/template-issues';

export const CREATE_AGENT_TASK_ACTIVITY = 'createAgentTask';

// The params its activity accepts (the worker parses them with this schema).
export const createAgentTaskInput = z.object({
  queue: z.string().min(1),
  priority: z.enum(['low', 'normal', 'high', 'urgent']),
  note: z.string(),
  dueInHours: z.number().int().positive(),
});

export const agentTaskNode = defineNode({
  kind: 'agent-task',
  title: 'Create agent task',
  category: 'action',
  icon: 'headset',
  description: 'Put the account in an agent\'s call queue with a priority and a note, for a live conversation.',
  config: z.object({
    queue: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'queue names are lowercase letters, digits and dashes').default('collections'),
    priority: z.enum(['low', 'normal', 'high', 'urgent']).default('normal'),
    note: z.string().min(1).max(2000),
    dueInHours: z.number().int().min(1).max(720).default(24),
  }),
  defaults: { queue: 'collections', priority: 'normal', note: 'Call {{ account.firstName }} about {{ account.amountDue }} ({{ account.dpd }} DPD).', dueInHours: 24 },
  outcomes: [{ id: 'next', label: 'Queued' }],
  activity: CREATE_AGENT_TASK_ACTIVITY,
  activityInput: createAgentTaskInput,
  ui: { note: { widget: 'template', label: 'Note for the agent' } },
  validate: (c) => templateIssues(c.note, 'note'),
  summary: (c) => `${c.priority ?? 'normal'} task in ${c.queue ?? 'collections'}`,
  simulate: () => ({ outcome: 'next' }),
  compile: (c) => ({ op: 'activity', activity: CREATE_AGENT_TASK_ACTIVITY, input: { ...c }, outcomes: ['next'] }),
});
