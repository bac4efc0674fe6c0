import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineNode } from './define-node';
import { builtInRegistry } from './nodes/index';
import { graph, smsWaitEmail } from './testing/graph-builder';
import { validate } from './validate';
import type { CadenceIssue } from './issues';

const check = (g: unknown) => validate(g, builtInRegistry);
const codes = (issues: CadenceIssue[]) => issues.map((i) => i.code);
const errorsOnly = (issues: CadenceIssue[]) => issues.filter((i) => i.severity === 'error');

describe('validate: a well-formed cadence', () => {
  it('finds nothing wrong with entry → SMS → wait → email → exit', () => {
    expect(check(smsWaitEmail().build())).toEqual([]);
  });
});

describe('validate: graph structure', () => {
  it('names the node and field when a node is malformed', () => {
    const g = smsWaitEmail().build() as { nodes: Array<Record<string, unknown>> };
    g.nodes[1]!.position = { x: 'left', y: 0 };
    const issues = check(g);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid-graph', nodeId: 'sms', field: 'position.x', severity: 'error' });
  });

  it('refuses a config nested deeper than 32 levels at its node, however deep it goes', () => {
    const g = smsWaitEmail().build() as { nodes: Array<{ data: { config: Record<string, unknown> } }> };
    g.nodes[1]!.data.config.extra = JSON.parse('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)) as unknown;
    const issues = check(g);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid-graph', nodeId: 'sms', severity: 'error' });
    expect(issues[0]!.field).toMatch(/^data\.config\.extra\.a\.a/);
    expect(issues[0]!.message).toMatch(/deeper than 32 levels/);
  });

  it('refuses text that cannot be stored or shown: NUL in a template, control characters in an id', () => {
    const g = smsWaitEmail().build() as { nodes: Array<{ id: string; data: { config: Record<string, unknown> } }> };
    g.nodes[1]!.data.config.body = 'Hi\u0000';
    g.nodes[2]!.id = 'wait\n2';
    const issues = check(g);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'invalid-graph', nodeId: 'sms', field: 'data.config.body', message: expect.stringMatching(/NUL/) }),
        expect.objectContaining({ code: 'invalid-graph', field: 'id', message: expect.stringMatching(/control characters/) }),
      ]),
    );
  });

  it('points at the list index when a malformed node has no id', () => {
    const g = smsWaitEmail().build() as { nodes: Array<Record<string, unknown>> };
    delete g.nodes[2]!.id;
    const [first] = check(g);
    expect(first!.code).toBe('invalid-graph');
    expect(first!.message).toContain('(nodes[2])');
  });

  it('rejects input that is not a graph at all, naming the missing field', () => {
    expect(check({ nodes: [] })).toEqual([expect.objectContaining({ code: 'invalid-graph', field: 'edges' })]);
    expect(codes(check(null))).toEqual(['invalid-graph']);
  });

  it('reports a node id used twice on that node', () => {
    const g = smsWaitEmail().node('sms', 'exit', { reason: 'paid' }).build();
    expect(check(g)).toContainEqual(expect.objectContaining({ code: 'duplicate-node-id', nodeId: 'sms' }));
  });

  it('reports an edge id used twice on that edge', () => {
    const g = smsWaitEmail().build();
    g.edges[1]!.id = g.edges[0]!.id;
    expect(check(g)).toContainEqual(expect.objectContaining({ code: 'duplicate-edge-id', edgeId: g.edges[0]!.id }));
  });

  it('needs exactly one entry', () => {
    const none = graph().node('done', 'exit', { reason: 'completed' }).build();
    expect(codes(check(none))).toContain('no-entry');
    const two = smsWaitEmail().node('start-2', 'entry', {}).edge('start-2', 'next', 'done').build();
    expect(check(two)).toContainEqual(expect.objectContaining({ code: 'multiple-entries', nodeId: 'start-2' }));
  });
});

describe('validate: node kinds and configs', () => {
  it('marks a node whose kind is not installed, without crashing', () => {
    const g = smsWaitEmail().node('agency', 'acme/place-with-agency', {}).edge('done', 'next', 'agency').build();
    expect(check(g)).toContainEqual(expect.objectContaining({ code: 'unknown-kind', nodeId: 'agency', field: 'type' }));
  });

  it('names the config field a schema rejects', () => {
    const g = smsWaitEmail().build();
    g.nodes[2]!.data!.config = { mode: 'duration', duration: { days: -1 } };
    expect(check(g)).toContainEqual(expect.objectContaining({ code: 'invalid-config', nodeId: 'wait', field: 'duration.days' }));
  });

  it('says an email needs a subject', () => {
    const g = smsWaitEmail().build();
    g.nodes[3]!.data!.config = { channel: 'email', body: 'Hello' };
    expect(check(g)).toContainEqual(expect.objectContaining({ code: 'missing-subject', nodeId: 'email', field: 'subject' }));
  });

  it('limits an SMS to 1600 characters', () => {
    const g = smsWaitEmail().build();
    g.nodes[1]!.data!.config = { channel: 'sms', body: 'x'.repeat(1601) };
    expect(check(g)).toContainEqual(expect.objectContaining({ code: 'sms-too-long', nodeId: 'sms', field: 'body' }));
  });

  it('catches a misspelt template variable and a template that does not parse', () => {
    const g = smsWaitEmail().build();
    g.nodes[1]!.data!.config = { channel: 'sms', body: 'Hi {{ account.frstName }}' };
    g.nodes[3]!.data!.config = { channel: 'email', subject: 'Due {% if %}', body: 'ok' };
    const issues = check(g);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'template', nodeId: 'sms', field: 'body', message: 'unknown template variable "account.frstName"' }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: 'template', nodeId: 'email', field: 'subject' }));
  });

  it('checks branch rules: known fields, operators that fit, unique outcomes', () => {
    const g = graph()
      .node('start', 'entry')
      .node('split', 'branch', {
        rules: [
          { outcome: 'big', when: [{ field: 'balanceCents', operator: 'gte', value: 'lots' }] },
          { outcome: 'big', when: [{ field: 'shoeSize', operator: 'eq', value: 9 }] },
          { outcome: 'lang', when: [{ field: 'language', operator: 'gt', value: 3 }] },
          { outcome: 'list', when: [{ field: 'attributes.tier', operator: 'in', value: 'gold' }] },
        ],
      })
      .node('done', 'exit', { reason: 'completed' })
      .edge('start', 'next', 'split')
      .build();
    const issues = check(g).filter((i) => i.nodeId === 'split');
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ['bad-value', 'rules.0.when.0.value'],
      ['duplicate-outcome', 'rules.1.outcome'],
      ['unknown-field', 'rules.1.when.0.field'],
      ['bad-operator', 'rules.2.when.0.operator'],
      ['bad-value', 'rules.3.when.0.value'],
    ]);
  });

  it('warns, without blocking, when the cadence does not end on a full payment', () => {
    const g = smsWaitEmail().build();
    g.nodes[0]!.data!.config = { exitOn: ['dispute'] };
    const issues = check(g);
    expect(issues).toEqual([expect.objectContaining({ code: 'no-exit-on-payment', severity: 'warning', nodeId: 'start', field: 'exitOn' })]);
  });

  it('refuses a config written for a newer version of the kind than is installed', () => {
    const g = smsWaitEmail().build();
    g.nodes[2]!.data!.configVersion = 7;
    expect(check(g)).toContainEqual(expect.objectContaining({ code: 'config-version', nodeId: 'wait', field: 'configVersion' }));
  });

  it('reports a kind whose compile throws as a problem of that node', () => {
    const broken = defineNode({
      kind: 'test/broken',
      title: 'Broken',
      category: 'action',
      description: 'compiles badly',
      config: z.object({}),
      defaults: {},
      outcomes: [{ id: 'next', label: 'Next' }],
      summary: () => 'A test kind',
      compile: () => {
        throw new Error('no endpoint configured');
      },
    });
    const g = smsWaitEmail().build();
    g.nodes.push({ id: 'b', type: 'test/broken', position: { x: 0, y: 0 }, data: { config: {} } });
    g.edges.push({ id: 'eb', source: 'start', sourceHandle: 'next', target: 'b' });
    const issues = validate(g, builtInRegistry.with(broken));
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'compile-failed', nodeId: 'b', message: 'Broken could not compile: no endpoint configured' }),
    );
  });
});

describe('validate: wiring', () => {
  it('reports an edge from or to a node that does not exist', () => {
    const g = smsWaitEmail().edge('ghost', 'next', 'done', 'e-from').edge('email', 'next', 'ghost', 'e-to').build();
    const issues = check(g);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'dangling-edge', edgeId: 'e-from', field: 'source' }));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'dangling-edge', edgeId: 'e-to', field: 'target' }));
  });

  it('forbids edges back into the entry', () => {
    const g = smsWaitEmail().build();
    g.edges[3]!.target = 'start';
    expect(check(g)).toContainEqual(expect.objectContaining({ code: 'edge-into-entry', edgeId: g.edges[3]!.id }));
  });

  it('names the outcomes a node has when an edge uses one it does not', () => {
    const g = smsWaitEmail().build();
    g.edges[1]!.sourceHandle = 'paid';
    const found = check(g).find((i) => i.code === 'unknown-outcome');
    expect(found).toMatchObject({ edgeId: g.edges[1]!.id, field: 'sourceHandle' });
    expect(found!.message).toContain('(outcomes: next)');
  });

  it('refuses two edges from the same outcome', () => {
    const g = smsWaitEmail().edge('sms', 'next', 'done', 'e-second').build();
    expect(check(g)).toContainEqual(expect.objectContaining({ code: 'outcome-wired-twice', edgeId: 'e-second' }));
  });

  it('says which outcome of which node goes nowhere', () => {
    const g = smsWaitEmail().build();
    g.edges.pop();
    expect(errorsOnly(check(g))).toEqual([
      expect.objectContaining({ code: 'unwired-outcome', nodeId: 'email', field: 'outcomes.next' }),
      expect.objectContaining({ code: 'unreachable', nodeId: 'done' }),
    ]);
  });

  it('marks a node no path from the entry reaches', () => {
    const g = smsWaitEmail().node('orphan', 'exit', { reason: 'paid' }).build();
    expect(check(g)).toEqual([expect.objectContaining({ code: 'unreachable', nodeId: 'orphan' })]);
  });

  it('refuses a loop that never waits, naming its steps', () => {
    const g = graph()
      .node('start', 'entry')
      .node('a', 'branch', { rules: [{ outcome: 'rich', when: [{ field: 'balanceCents', operator: 'gt', value: 0 }] }] })
      .node('b', 'send-message', { channel: 'sms', body: 'Pay now. Reply STOP to opt out.' })
      .node('done', 'exit', { reason: 'paid' })
      .edge('start', 'next', 'a')
      .edge('a', 'rich', 'b')
      .edge('a', 'otherwise', 'done')
      .edge('b', 'next', 'a')
      .build();
    const loop = check(g).find((i) => i.code === 'loop-without-wait');
    expect(loop).toMatchObject({ nodeId: 'a' });
    expect(loop!.message).toContain('a → b');
  });

  it('accepts a loop that passes a wait', () => {
    const g = graph()
      .node('start', 'entry')
      .node('sms', 'send-message', { channel: 'sms', body: 'Pay now. Reply STOP to opt out.' })
      .node('listen', 'wait-for-event', { events: ['paid'], timeout: { days: 7 } })
      .node('done', 'exit', { reason: 'paid' })
      .edge('start', 'next', 'sms')
      .edge('sms', 'next', 'listen')
      .edge('listen', 'paid', 'done')
      .edge('listen', 'timeout', 'sms')
      .build();
    expect(check(g)).toEqual([]);
  });

  it('does not count a due-date wait as a pause: on the second lap it is already past', () => {
    const g = graph()
      .node('start', 'entry')
      .node('due', 'wait', { mode: 'dueDate', offsetDays: 0, localTime: '10:00' })
      .node('sms', 'send-message', { channel: 'sms', body: 'Due today. Reply STOP to opt out.' })
      .node('follow', 'wait-for-promise', {})
      .node('done', 'exit', { reason: 'paid' })
      .edge('start', 'next', 'due')
      .edge('due', 'next', 'sms')
      .edge('sms', 'next', 'follow')
      .edge('follow', 'kept', 'done')
      .edge('follow', 'broken', 'done')
      .edge('follow', 'none', 'due')
      .build();
    expect(check(g)).toContainEqual(expect.objectContaining({ code: 'loop-without-wait', nodeId: 'due' }));
  });

  it('refuses a node that loops to itself without waiting', () => {
    const g = graph()
      .node('start', 'entry')
      .node('again', 'send-message', { channel: 'sms', body: 'Pay. Reply STOP to opt out.' })
      .edge('start', 'next', 'again')
      .edge('again', 'next', 'again')
      .build();
    expect(check(g)).toContainEqual(expect.objectContaining({ code: 'loop-without-wait', nodeId: 'again' }));
  });
});
