import { describe, expect, it } from 'vitest';
import { builtInRegistry, type CadenceGraph } from '@kairos/cadence';
import { diffGraphs } from '@kairos/review';
import { addedNodeChanges, changeSummary, decisionBlock, diffLanguage, diffText, edgeChangeText, fieldTitle, nodeMarks, stepName } from './review-model';

const sms = (body: string, label = 'Friendly SMS') => ({ id: 'sms-1', type: 'send-message', position: { x: 0, y: 100 }, data: { label, config: { channel: 'sms', body } } });
const live: CadenceGraph = {
  nodes: [
    { id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid'] } } },
    sms('Hi {{ account.firstName }}. Reply STOP to opt out.'),
    { id: 'done', type: 'exit', position: { x: 0, y: 200 }, data: { config: { reason: 'completed' } } },
  ],
  edges: [
    { id: 'a', source: 'entry', sourceHandle: 'next', target: 'sms-1' },
    { id: 'b', source: 'sms-1', sourceHandle: 'next', target: 'done' },
  ],
};
const submitted: CadenceGraph = {
  nodes: [
    live.nodes[0]!,
    { ...sms('Hello {{ account.firstName }}. Reply STOP to opt out.'), position: { x: 40, y: 120 } },
    { id: 'wait-1', type: 'wait', position: { x: 0, y: 200 }, data: { config: { mode: 'duration', duration: { days: 2 } } } },
    live.nodes[2]!,
  ],
  edges: [
    { id: 'a', source: 'entry', sourceHandle: 'next', target: 'sms-1' },
    { id: 'b', source: 'sms-1', sourceHandle: 'next', target: 'wait-1' },
    { id: 'c', source: 'wait-1', sourceHandle: 'next', target: 'done' },
  ],
};

describe('the review model', () => {
  const diff = diffGraphs(live, submitted);

  it('marks new and changed steps, and ignores steps that only moved', () => {
    expect([...nodeMarks(diff)]).toEqual([
      ['wait-1', 'added'],
      ['sms-1', 'changed'],
    ]);
    expect(nodeMarks(diffGraphs(live, { ...live, nodes: live.nodes.map((n) => ({ ...n, position: { x: 9, y: 9 } })) })).size).toBe(0);
  });

  it('sums the change up in one line, or says everything is new when nothing is live', () => {
    expect(changeSummary(diff, true)).toBe('1 step changed, 1 added, 0 removed, 2 arrows rewired');
    expect(changeSummary(diffGraphs(null, submitted), false)).toBe('Nothing is live yet: all 4 steps are new.');
    expect(changeSummary(diffGraphs(live, live), true)).toMatch(/^Nothing that runs differs/);
  });

  it('puts templates in the diff editor as Liquid texts and other settings as JSON', () => {
    const [body] = diff.nodes.changed[0]!.changes;
    expect(body).toMatchObject({ field: 'config.body', kind: 'template' });
    expect(diffLanguage(body!)).toBe('liquid');
    expect(diffText(body!.before)).toBe('Hi {{ account.firstName }}. Reply STOP to opt out.');
    expect(diffText({ days: 2 })).toBe('{\n  "days": 2\n}');
    expect(diffText(null)).toBe('');
    expect(diffLanguage({ field: 'config.duration', kind: 'config', before: null, after: {} })).toBe('json');
  });

  it("reads a new step's settings as changes from nothing", () => {
    const added = addedNodeChanges(submitted.nodes[1]!);
    expect(added.map((c) => [c.field, c.kind, c.before])).toEqual([
      ['config.body', 'template', null],
      ['config.channel', 'config', null],
    ]);
  });

  it('names fields by their form labels and steps by kind, label and id', () => {
    expect(fieldTitle(builtInRegistry, 'wait', 'config.localTime')).toBe('At local time');
    expect(fieldTitle(builtInRegistry, 'send-message', 'config.body')).toBe('Message');
    expect(fieldTitle(builtInRegistry, 'send-message', 'fallback.0.body')).toBe('Fallback channels 1: Message');
    expect(fieldTitle(builtInRegistry, 'send-message', 'config.nothing.known')).toBe('Nothing: Known');
    expect(fieldTitle(builtInRegistry, 'send-message', 'label')).toBe('Step label');
    expect(stepName(builtInRegistry, { id: 'sms-1', type: 'send-message', label: 'Friendly SMS' })).toBe('Send message: Friendly SMS (sms-1)');
    expect(stepName(builtInRegistry, { id: 'x', type: 'acme/unknown' })).toBe('acme/unknown (x)');
  });

  it('says how an outcome was rewired', () => {
    const name = (id: string) => id.toUpperCase();
    expect(edgeChangeText('retargeted', diff.edges.retargeted[0]!, name)).toBe('SMS-1 → “next” goes to WAIT-1 instead of DONE');
    expect(edgeChangeText('added', diff.edges.added[0]!, name)).toBe('WAIT-1 → “next” now goes to DONE');
    expect(edgeChangeText('removed', { source: 'a', sourceHandle: 'paid', before: 'b', after: null }, name)).toBe('A → “paid” no longer goes to B');
  });

  it("refuses a decision with the API's reason: not an officer, an author, an officer an author created, or a review no longer open", () => {
    const review = { hash: 'h'.repeat(64), status: 'submitted' as const, authorIds: ['stella', 'sam'] };
    expect(decisionBlock(review, { id: 'olga', role: 'compliance_officer' })).toBeNull();
    expect(decisionBlock(review, { id: 'sam', role: 'compliance_officer' })).toBe('You are an author of this version: another compliance officer must approve it.');
    expect(decisionBlock(review, { id: 'stella', role: 'strategist' })).toBe('Only a compliance officer may approve a version.');
    expect(decisionBlock({ ...review, status: 'superseded' }, { id: 'olga', role: 'compliance_officer' })).toMatch(/^This review is superseded, not waiting for a decision/);
    const officers = [{ id: 'olga', origins: [{ how: 'created' as const, byId: 'sam', byName: 'Sam' }] }];
    expect(decisionBlock({ ...review, officers }, { id: 'olga', role: 'compliance_officer' })).toMatch(/^Your account was created by Sam, an author of this version/);
  });
});
