import { describe, expect, it } from 'vitest';
import { diffGraphs } from './graph-diff';
import { consentedChain, DISCLOSED_SMS, edge, sms, waitDays } from './testing/graphs';

describe('the diff of a draft against the live version', () => {
  const live = consentedChain([sms('first', DISCLOSED_SMS), waitDays('pause', 3), sms('second')]);

  it('finds nothing when only positions moved', () => {
    const moved = structuredClone(live);
    moved.nodes.forEach((n, i) => (n.position = { x: i * 10, y: -i }));
    expect(diffGraphs(live, moved)).toMatchObject({ unchanged: true });
  });

  it('lists added and removed nodes, changed configs and templates, and rewired outcomes', () => {
    const draft = structuredClone(live);
    draft.nodes = draft.nodes.filter((n) => n.id !== 'second');
    draft.nodes.push(sms('final', 'Final: {{ collector.identification }} Reply STOP to opt out.'));
    const pause = draft.nodes.find((n) => n.id === 'pause')!;
    pause.data.config = { mode: 'duration', duration: { days: 5 } };
    pause.data.label = 'Five days';
    draft.nodes.find((n) => n.id === 'first')!.data.config.body = `${DISCLOSED_SMS} Thanks!`;
    draft.edges = draft.edges.filter((e) => e.source !== 'second');
    draft.edges.find((e) => e.source === 'pause')!.target = 'final';
    draft.edges.push(edge('final', 'done'));

    const diff = diffGraphs(live, draft);
    expect(diff.unchanged).toBe(false);
    expect(diff.nodes.added).toEqual([{ id: 'final', type: 'send-message' }]);
    expect(diff.nodes.removed).toEqual([{ id: 'second', type: 'send-message' }]);
    const byId = Object.fromEntries(diff.nodes.changed.map((c) => [c.id, c.changes]));
    expect(byId.pause).toEqual([
      { field: 'label', kind: 'meta', before: null, after: 'Five days' },
      { field: 'config.duration', kind: 'config', before: { days: 3, hours: 0 }, after: { days: 5 } },
    ]);
    expect(byId.first).toEqual([{ field: 'config.body', kind: 'template', before: DISCLOSED_SMS, after: `${DISCLOSED_SMS} Thanks!` }]);
    expect(diff.edges.retargeted).toEqual([{ source: 'pause', sourceHandle: 'next', before: 'second', after: 'final' }]);
    expect(diff.edges.added).toEqual([{ source: 'final', sourceHandle: 'next', before: null, after: 'done' }]);
    expect(diff.edges.removed).toEqual([{ source: 'second', sourceHandle: 'next', before: 'done', after: null }]);
  });

  it('shows everything as added when nothing is live yet', () => {
    const diff = diffGraphs(null, live);
    expect(diff.nodes.added).toHaveLength(live.nodes.length);
    expect(diff.edges.added).toHaveLength(live.edges.length);
    expect(diff.nodes.removed).toEqual([]);
  });
});
