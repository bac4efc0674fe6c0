// The editor's state: the canvas graph, its validation, undo history and the live overlay of a
// published version. One store per open cadence; React components read it through small selectors.
import { applyEdgeChanges, applyNodeChanges, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CadenceGraph, CadenceIssue, NodeRegistry } from '@kairos/cadence';
import type { VersionAnalytics } from '../api/analytics-types';
import type { OutboundPolicies, VersionLive } from '../api/types';
import { fromFlow, toFlow, type CadenceFlowEdge, type CadenceFlowNode } from '../graph/flow-graph';
import {
  addNode,
  createNode,
  firstUnwiredOutcome,
  insertOnEdge,
  pasteFragment,
  positionBelow,
  removeElements,
  selectedFragment,
  setNodeConfig,
  setNodeLabel,
  wireOutcome,
  type FlowGraph,
  type XY,
} from '../graph/graph-edits';
import { checkGraph } from './check-graph';
import { emptyHistory, record, redo, undo, type History } from './history';
import { indexIssues, type IssuesBy } from './issues-index';

/** Counts of a published version's enrollments at each step, and the path of one opened enrollment. */
export interface LiveOverlay {
  steps: VersionLive['steps'];
  path?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string>; current?: string };
}

/** A published version's results over a range of days: per step entered / waiting now / exited here / paid within N days, per arrow its volume. */
export type ResultsOverlay = Pick<VersionAnalytics, 'paidWithinDays' | 'nodes' | 'edges'>;

export interface EditorState extends FlowGraph {
  readOnly: boolean;
  /** Bumped by every change worth saving (content, and positions once a drag ends). */
  changeCount: number;
  /** Bumped by every change of meaning (not positions or selection); validation follows it. */
  contentCount: number;
  issues: CadenceIssue[];
  /** True while an asynchronous validation of the current graph is under way (the issues shown are the last known). */
  checking: boolean;
  issuesByNode: IssuesBy;
  issuesByEdge: IssuesBy;
  history: History<FlowGraph>;
  dragging: boolean;
  live: LiveOverlay | null;
  results: ResultsOverlay | null;
  /** The portfolios' outbound policies, once loaded: the lint then checks the URLs steps call. */
  outbound: OutboundPolicies | null;
}

export interface EditorActions {
  onNodesChange(changes: NodeChange<CadenceFlowNode>[]): void;
  onEdgesChange(changes: EdgeChange<CadenceFlowEdge>[]): void;
  onConnect(connection: Connection): void;
  beginDrag(): void;
  endDrag(): void;
  /** Add a node of `kind`: at `position`, onto edge `onEdge`, or below the one selected node (wired to its first free outcome). */
  addNodeOfKind(kind: string, where: { position?: XY; onEdge?: string; fallback: XY }): string;
  updateConfig(nodeId: string, config: Record<string, unknown>, field?: string): void;
  updateLabel(nodeId: string, label: string): void;
  wire(nodeId: string, outcome: string, target: string | null): void;
  deleteSelection(): void;
  selectAll(): void;
  selectOnly(nodeId: string | null): void;
  copySelection(): FlowGraph | null;
  paste(fragment: FlowGraph): void;
  applyPositions(positions: ReadonlyMap<string, XY>): void;
  undo(): void;
  redo(): void;
  setLive(live: LiveOverlay | null): void;
  setResults(results: ResultsOverlay | null): void;
  /** The portfolios' outbound policies arrived (or changed): check the graph again under them. */
  setOutboundPolicies(outbound: OutboundPolicies): void;
}

/** Validation off the main thread (a web worker): the same `validate`, answered later. */
export type AsyncValidator = (graph: CadenceGraph, outbound: OutboundPolicies | null) => Promise<CadenceIssue[]>;

export type EditorStore = StoreApi<EditorState & EditorActions>;

const PASTE_OFFSET = 40;

export function createEditorStore(opts: {
  registry: NodeRegistry;
  graph: unknown;
  readOnly?: boolean;
  /** Validate asynchronously with this (the editor passes a web worker) instead of inside each action. */
  validator?: AsyncValidator;
}): EditorStore {
  const { registry } = opts;
  const initial = toFlow(opts.graph, registry);

  return createStore<EditorState & EditorActions>()((set, get) => {
    const snapshot = (): FlowGraph => ({ nodes: get().nodes, edges: get().edges });
    const indexed = (issues: CadenceIssue[]) => {
      const s = get() as Partial<EditorState> | undefined;
      const index = indexIssues(issues, { byNode: s?.issuesByNode ?? new Map(), byEdge: s?.issuesByEdge ?? new Map() });
      return { issues, issuesByNode: index.byNode, issuesByEdge: index.byEdge, checking: false };
    };
    const { validator } = opts;
    /** Issues of `graph` now (synchronous validation), or a note that they are coming (asynchronous). */
    const validated = (graph: FlowGraph): Pick<EditorState, 'checking'> & Partial<EditorState> =>
      validator ? { checking: true } : indexed(checkGraph(fromFlow(graph.nodes, graph.edges), registry, (get() as Partial<EditorState> | undefined)?.outbound));
    /** Ask the asynchronous validator about the current graph; an answer about an older graph is dropped. */
    const revalidate = () => {
      if (!validator) return;
      const asked = get().contentCount;
      const graph = fromFlow(get().nodes, get().edges);
      const outbound = get().outbound;
      validator(graph, outbound).then(
        (issues) => {
          if (get().contentCount === asked) set(indexed(issues));
        },
        () => {
          if (get().contentCount === asked) set(indexed(checkGraph(graph, registry, outbound)));
        },
      );
    };
    /** Apply a change of meaning: remember the graph before it, revalidate, count it for autosave. */
    const commit = (next: FlowGraph, key?: string) => {
      if (get().readOnly) return;
      const s = get();
      set({
        ...next,
        ...validated(next),
        history: record(s.history, snapshot(), key),
        contentCount: s.contentCount + 1,
        changeCount: s.changeCount + 1,
      });
      revalidate();
    };
    const selectNodes = (graph: FlowGraph, ids: ReadonlySet<string>): FlowGraph => ({
      nodes: graph.nodes.map((n) => (ids.has(n.id) === Boolean(n.selected) ? n : { ...n, selected: ids.has(n.id) })),
      edges: graph.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
    });
    const restore = (state: FlowGraph, history: History<FlowGraph>) => {
      const s = get();
      set({ ...state, ...validated(state), history, contentCount: s.contentCount + 1, changeCount: s.changeCount + 1 });
      revalidate();
    };

    queueMicrotask(revalidate);
    return {
      ...initial,
      readOnly: opts.readOnly ?? false,
      changeCount: 0,
      contentCount: 0,
      issues: [],
      issuesByNode: new Map(),
      issuesByEdge: new Map(),
      ...validated(initial),
      history: emptyHistory(),
      dragging: false,
      live: null,
      results: null,
      outbound: null,

      onNodesChange(changes) {
        const s = get();
        const meaningful = changes.some((c) => c.type === 'remove' || c.type === 'add' || c.type === 'replace');
        if (s.readOnly) {
          // Read-only canvases still select and measure.
          const harmless = changes.filter((c) => c.type === 'select' || c.type === 'dimensions');
          if (harmless.length) set({ nodes: applyNodeChanges(harmless, s.nodes) });
          return;
        }
        const nodes = applyNodeChanges(changes, s.nodes);
        if (meaningful) return commit({ nodes, edges: s.edges });
        const moved = changes.some((c) => c.type === 'position' && c.position);
        if (moved && !s.dragging) {
          // Arrow keys move nodes without a drag: consecutive nudges undo as one.
          set({ nodes, history: record(s.history, snapshot(), 'nudge'), changeCount: s.changeCount + 1 });
          return;
        }
        set({ nodes });
      },

      onEdgesChange(changes) {
        const s = get();
        const harmless = changes.filter((c) => c.type === 'select');
        const rest = s.readOnly ? [] : changes.filter((c) => c.type !== 'select');
        const edges = applyEdgeChanges([...harmless, ...rest], s.edges);
        if (rest.length) commit({ nodes: s.nodes, edges });
        else set({ edges });
      },

      onConnect(c) {
        if (!c.sourceHandle) return;
        commit(wireOutcome(registry, snapshot(), c.source, c.sourceHandle, c.target));
      },

      beginDrag() {
        const s = get();
        if (s.readOnly) return;
        set({ dragging: true, history: record(s.history, snapshot()) });
      },

      endDrag() {
        set({ dragging: false, changeCount: get().changeCount + 1 });
      },

      addNodeOfKind(kind, where) {
        const graph = snapshot();
        let next: FlowGraph;
        let id: string;
        if (where.onEdge) {
          const node = createNode(registry, graph, kind, where.position ?? where.fallback);
          id = node.id;
          next = insertOnEdge(registry, graph, node, where.onEdge);
        } else if (where.position) {
          const node = createNode(registry, graph, kind, where.position);
          id = node.id;
          next = addNode(registry, graph, node);
        } else {
          // From the palette by click or keyboard: grow the cadence from the one selected node.
          const selected = graph.nodes.filter((n) => n.selected);
          const from = selected.length === 1 ? selected[0] : undefined;
          const outcome = from ? firstUnwiredOutcome(registry, graph, from) : undefined;
          const node = createNode(registry, graph, kind, from && outcome ? positionBelow(registry, from, outcome) : where.fallback);
          id = node.id;
          next = addNode(registry, graph, node, from && outcome ? { nodeId: from.id, outcome } : undefined);
        }
        commit(selectNodes(next, new Set([id])));
        return id;
      },

      updateConfig(nodeId, config, field) {
        commit(setNodeConfig(registry, snapshot(), nodeId, config), `config:${nodeId}:${field ?? '*'}`);
      },

      updateLabel(nodeId, label) {
        commit(setNodeLabel(registry, snapshot(), nodeId, label), `label:${nodeId}`);
      },

      wire(nodeId, outcome, target) {
        commit(wireOutcome(registry, snapshot(), nodeId, outcome, target));
      },

      deleteSelection() {
        const g = snapshot();
        const nodeIds = new Set(g.nodes.filter((n) => n.selected).map((n) => n.id));
        const edgeIds = new Set(g.edges.filter((e) => e.selected).map((e) => e.id));
        if (nodeIds.size || edgeIds.size) commit(removeElements(g, nodeIds, edgeIds));
      },

      selectAll() {
        const g = snapshot();
        set(selectNodes(g, new Set(g.nodes.map((n) => n.id))));
      },

      selectOnly(nodeId) {
        set(selectNodes(snapshot(), new Set(nodeId ? [nodeId] : [])));
      },

      copySelection() {
        const fragment = selectedFragment(snapshot());
        return fragment.nodes.length ? fragment : null;
      },

      paste(fragment) {
        if (!fragment.nodes.length) return;
        commit(pasteFragment(registry, snapshot(), fragment, { x: PASTE_OFFSET, y: PASTE_OFFSET }).graph);
      },

      applyPositions(positions) {
        const g = snapshot();
        const nodes = g.nodes.map((n) => {
          const p = positions.get(n.id);
          return p ? { ...n, position: p } : n;
        });
        const s = get();
        if (s.readOnly) return set({ nodes });
        set({ nodes, history: record(s.history, g), changeCount: s.changeCount + 1 });
      },

      undo() {
        const r = undo(get().history, snapshot());
        if (r) restore(r.state, r.history);
      },

      redo() {
        const r = redo(get().history, snapshot());
        if (r) restore(r.state, r.history);
      },

      setLive(live) {
        set({ live });
      },

      setResults(results) {
        set({ results });
      },

      setOutboundPolicies(outbound) {
        // A change of what the graph means to the lint, not of the graph: validated again, not saved.
        set({ outbound, contentCount: get().contentCount + 1 });
        set(validated(snapshot()));
        revalidate();
      },

    };
  });
}

/** The cadence graph the store holds, as the API stores it. */
export const graphOf = (s: FlowGraph) => fromFlow(s.nodes, s.edges);
