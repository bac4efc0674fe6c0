import { describe, expect, it } from 'vitest';
import { builtInRegistry, validate, type CadenceGraph, type CadenceIssue } from '@kairos/cadence';
import { isComplianceIssue } from './check-graph';
import { createEditorStore, graphOf } from './editor-store';

const designIssues = (issues: CadenceIssue[]) => issues.filter((i) => !isComplianceIssue(i));

const starter = { nodes: [{ id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid'] } } }], edges: [] };
const open = (graph: unknown = starter) => createEditorStore({ registry: builtInRegistry, graph });
const here = { x: 500, y: 500 };

describe('editor store', () => {
  it('grows a cadence from the selected node: each added node is wired below it and becomes the selection', () => {
    const store = open();
    store.getState().selectOnly('entry');
    for (const kind of ['send-message', 'wait', 'send-message', 'exit']) store.getState().addNodeOfKind(kind, { fallback: here });
    const graph = graphOf(store.getState());
    expect(graph.nodes.map((n) => n.id)).toEqual(['entry', 'send-message-1', 'wait-1', 'send-message-2', 'exit-1']);
    expect(graph.edges.map((e) => `${e.source}.${e.sourceHandle}>${e.target}`)).toEqual([
      'entry.next>send-message-1',
      'send-message-1.next>wait-1',
      'wait-1.next>send-message-2',
      'send-message-2.next>exit-1',
    ]);
    expect(graph.nodes[1]!.position.y).toBeGreaterThan(graph.nodes[0]!.position.y);
    expect(store.getState().nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['exit-1']);
    expect(designIssues(store.getState().issues)).toEqual([]);
    // It compiles, so the compliance lint has its say: texts need a consent check before them, and the first a disclosure.
    expect(store.getState().issuesByNode.get('send-message-1')).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'lint.consent-check', severity: 'error' }), expect.objectContaining({ code: 'lint.collector-disclosure' })]),
    );
  });

  it('validates as you draw: an unconnected node shows an error on it until it is wired', () => {
    const store = open();
    const exit = store.getState().addNodeOfKind('exit', { position: { x: 0, y: 300 }, fallback: here });
    expect(store.getState().issuesByNode.get(exit)).toContainEqual(expect.objectContaining({ code: 'unreachable', severity: 'error' }));
    expect(store.getState().issuesByNode.get('entry')).toContainEqual(expect.objectContaining({ code: 'unwired-outcome' }));
    store.getState().onConnect({ source: 'entry', sourceHandle: 'next', target: exit, targetHandle: null });
    expect(designIssues(store.getState().issues)).toEqual([]);
    expect(store.getState().issuesByNode.get(exit)).toBeUndefined();
  });

  it('inserts a node dropped onto an edge between its two ends', () => {
    const store = open();
    store.getState().selectOnly('entry');
    const exit = store.getState().addNodeOfKind('exit', { fallback: here });
    const [edge] = store.getState().edges;
    const wait = store.getState().addNodeOfKind('wait', { onEdge: edge!.id, position: { x: 0, y: 100 }, fallback: here });
    expect(graphOf(store.getState()).edges.map((e) => `${e.source}.${e.sourceHandle}>${e.target}`)).toEqual([`entry.next>${wait}`, `${wait}.next>${exit}`]);
  });

  it('gives an outcome one edge: connecting it again moves the edge', () => {
    const store = open();
    const a = store.getState().addNodeOfKind('exit', { position: { x: 0, y: 100 }, fallback: here });
    const b = store.getState().addNodeOfKind('exit', { position: { x: 200, y: 100 }, fallback: here });
    store.getState().onConnect({ source: 'entry', sourceHandle: 'next', target: a, targetHandle: null });
    store.getState().onConnect({ source: 'entry', sourceHandle: 'next', target: b, targetHandle: null });
    expect(store.getState().edges.map((e) => e.target)).toEqual([b]);
    store.getState().wire('entry', 'next', null);
    expect(store.getState().edges).toEqual([]);
  });

  it('deletes the selection with the edges touching it, and undo brings both back', () => {
    const store = open();
    store.getState().selectOnly('entry');
    const sms = store.getState().addNodeOfKind('send-message', { fallback: here });
    store.getState().addNodeOfKind('exit', { fallback: here });
    store.getState().selectOnly(sms);
    store.getState().deleteSelection();
    expect(store.getState().nodes.map((n) => n.id)).toEqual(['entry', 'exit-1']);
    expect(store.getState().edges).toEqual([]);
    store.getState().undo();
    expect(store.getState().nodes.map((n) => n.id)).toEqual(['entry', sms, 'exit-1']);
    expect(store.getState().edges).toHaveLength(2);
    store.getState().redo();
    expect(store.getState().nodes).toHaveLength(2);
  });

  it('undoes a burst of typing in one field as one step', () => {
    const store = open();
    const sms = store.getState().addNodeOfKind('send-message', { position: { x: 0, y: 100 }, fallback: here });
    for (const body of ['H', 'Hi', 'Hi {{ account.firstName }}']) store.getState().updateConfig(sms, { channel: 'sms', body }, 'body');
    store.getState().updateLabel(sms, 'Greeting');
    store.getState().undo();
    expect(store.getState().nodes[1]!.data).toMatchObject({ config: { body: 'Hi {{ account.firstName }}' } });
    expect(store.getState().nodes[1]!.data.label).toBeUndefined();
    store.getState().undo();
    expect(store.getState().nodes[1]!.data.config).toEqual(builtInRegistry.get('send-message')!.defaults);
  });

  it('pastes copied nodes as new nodes beside the originals, with the edges between them', () => {
    const store = open();
    store.getState().selectOnly('entry');
    store.getState().addNodeOfKind('send-message', { fallback: here });
    store.getState().addNodeOfKind('exit', { fallback: here });
    store.getState().onNodesChange(store.getState().nodes.map((n) => ({ id: n.id, type: 'select' as const, selected: n.id !== 'entry' })));
    const fragment = store.getState().copySelection()!;
    store.getState().paste(fragment);
    const s = store.getState();
    expect(s.nodes.map((n) => n.id)).toEqual(['entry', 'send-message-1', 'exit-1', 'send-message-2', 'exit-2']);
    expect(s.nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['send-message-2', 'exit-2']);
    expect(s.edges.map((e) => `${e.source}>${e.target}`)).toContain('send-message-2>exit-2');
    expect(s.nodes[3]!.position).toEqual({ x: s.nodes[1]!.position.x + 40, y: s.nodes[1]!.position.y + 40 });
  });

  it('remembers a drag as one undo step and counts it for autosave only when it ends', () => {
    const store = open();
    const before = store.getState().changeCount;
    store.getState().beginDrag();
    for (const x of [10, 20, 30]) store.getState().onNodesChange([{ id: 'entry', type: 'position', position: { x, y: 0 }, dragging: true }]);
    expect(store.getState().changeCount).toBe(before);
    store.getState().endDrag();
    expect(store.getState().changeCount).toBe(before + 1);
    store.getState().undo();
    expect(store.getState().nodes[0]!.position).toEqual({ x: 0, y: 0 });
  });

  it('changes nothing on a read-only canvas (a published version), but still selects', () => {
    const store = createEditorStore({ registry: builtInRegistry, graph: starter, readOnly: true });
    store.getState().addNodeOfKind('exit', { position: { x: 0, y: 100 }, fallback: here });
    store.getState().onNodesChange([{ id: 'entry', type: 'select', selected: true }]);
    expect(store.getState().nodes).toHaveLength(1);
    expect(store.getState().nodes[0]!.selected).toBe(true);
    expect(store.getState().changeCount).toBe(0);
  });

  it('validates asynchronously when given a validator, keeping only the answer about the current graph', async () => {
    const answers: Array<{ graph: CadenceGraph; resolve(i: CadenceIssue[]): void }> = [];
    const validator = (graph: CadenceGraph) => new Promise<CadenceIssue[]>((resolve) => answers.push({ graph, resolve }));
    const store = createEditorStore({ registry: builtInRegistry, graph: starter, validator });
    expect(store.getState().checking).toBe(true);
    await Promise.resolve();
    store.getState().addNodeOfKind('exit', { position: { x: 0, y: 300 }, fallback: here });
    expect(answers).toHaveLength(2);
    // The answer about the opening graph comes late: it is about an older graph and is dropped.
    answers[1]!.resolve(validate(answers[1]!.graph, builtInRegistry));
    answers[0]!.resolve([]);
    await Promise.resolve();
    expect(store.getState().checking).toBe(false);
    expect(store.getState().issuesByNode.get('exit-1')).toContainEqual(expect.objectContaining({ code: 'unreachable' }));
  });

  it('validates in place when the asynchronous validator fails', async () => {
    const store = createEditorStore({ registry: builtInRegistry, graph: starter, validator: () => Promise.reject(new Error('no worker')) });
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().checking).toBe(false);
    expect(store.getState().issuesByNode.get('entry')).toContainEqual(expect.objectContaining({ code: 'unwired-outcome' }));
  });
});
