// "Show results" on a published version against a real HTTP server answering as the contract says:
// the query it sends, the counts on each step and the volume on each arrow, and what the address keeps.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Position, ReactFlowProvider } from '@xyflow/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CadenceGraph } from '@kairos/cadence';
import { CadenceNode } from '../canvas/cadence-node';
import { OutcomeEdge } from '../canvas/outcome-edge';
import { useEditor } from '../store/editor-context';
import { editorRegistry } from '../registry';
import { EditorStoreProvider } from '../store/editor-context';
import { createEditorStore, type EditorStore } from '../store/editor-store';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi, type SeenRequest } from '../testing/scripted-api';
import { versionAnalytics } from '../testing/analytics-fixtures';
import { ResultsControls } from './results-controls';

const graph: CadenceGraph = {
  nodes: [
    { id: 'start', type: 'entry', position: { x: 0, y: 0 }, data: { config: {} } },
    { id: 'sms', type: 'send-message', position: { x: 0, y: 150 }, data: { label: 'First SMS', config: { channel: 'sms', body: 'Hi {{ collector.disclosure }} Reply STOP to opt out.' } } },
    { id: 'done', type: 'exit', position: { x: 0, y: 300 }, data: { config: { reason: 'completed' } } },
  ],
  edges: [
    { id: 'e1', source: 'start', sourceHandle: 'next', target: 'sms' },
    { id: 'e2', source: 'sms', sourceHandle: 'next', target: 'done' },
  ],
};

const TODAY = new Date('2026-03-31T12:00:00Z');
let api: ScriptedApi;
let store: EditorStore;
const asked = () => api.seen.filter((r) => r.url.startsWith('/api/v1/versions/v-1/analytics'));
const query = (r: SeenRequest | undefined) => Object.fromEntries(new URL(r!.url, 'http://x').searchParams);

beforeAll(async () => {
  api = await startScriptedApi({ 'GET /api/v1/versions/v-1/analytics': [200, versionAnalytics] });
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
  store = createEditorStore({ registry: editorRegistry, graph, readOnly: true });
});

/**
 * The steps and arrows of the store as the canvas draws them. React Flow itself draws nothing in happy-dom
 * (no layout, so no element is visible); its node and edge components are what shows the overlay.
 */
function Drawn() {
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  return (
    <>
      {nodes.map((n) => (
        <CadenceNode key={n.id} id={n.id} data={n.data} type="cadence" selected={false} draggable={false} dragging={false} selectable deletable={false} zIndex={0} isConnectable={false} positionAbsoluteX={0} positionAbsoluteY={0} />
      ))}
      <svg>
        {edges.map((e) => (
          <OutcomeEdge key={e.id} id={e.id} source={e.source} target={e.target} data={e.data} sourceX={0} sourceY={0} targetX={0} targetY={100} sourcePosition={Position.Bottom} targetPosition={Position.Top} />
        ))}
      </svg>
    </>
  );
}

const open = (path = '/cadences/c-1/versions/v-1') =>
  renderPage(
    <EditorStoreProvider store={store}>
      <ReactFlowProvider>
        <ResultsControls versionId="v-1" store={store} today={TODAY} />
        <Drawn />
      </ReactFlowProvider>
    </EditorStoreProvider>,
    { path },
  );

describe('results on the canvas', () => {
  it('asks nothing until "Show results" is on', async () => {
    open();
    expect(screen.getByRole('checkbox', { name: 'Show results' })).toHaveProperty('checked', false);
    await new Promise((r) => setTimeout(r, 30));
    expect(asked()).toHaveLength(0);
    expect(store.getState().results).toBeNull();
  });

  it('shows each step\'s entered, waiting, exited and paid-within counts and each arrow\'s volume for the last 30 days', async () => {
    const { getByTestId } = open();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show results' }));
    await waitFor(() => expect(store.getState().results).not.toBeNull());
    expect(query(asked()[0])).toEqual({ from: '2026-03-02', to: '2026-03-31', paidWithinDays: '7' });
    expect(getByTestId('location').textContent).toBe('/cadences/c-1/versions/v-1?results=1');
    expect(store.getState().results).toEqual({ paidWithinDays: 7, nodes: versionAnalytics.nodes, edges: versionAnalytics.edges });
    expect(await screen.findByRole('group', { name: '90 entered, 5 waiting now, 2 exited here, 30 paid within 7 days' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '60 entered, 0 waiting now, 60 exited here, 10 paid within 7 days' }).textContent).toBe('60 entered0 waiting60 exited here10 paid ≤ 7 d');
    expect(screen.getByText(/Results of 2026-03-01 to 2026-03-30/)).toBeTruthy();
    // Arrows leaving through "Then"/"Sent" carry only their volume.
    expect([...document.querySelectorAll('svg text')].map((t) => t.textContent)).toEqual(['90', '60']);
  });

  it('asks again for other days and another N, and keeps them in the address', async () => {
    const { getByTestId } = open('/cadences/c-1/versions/v-1?results=1&enrollment=en-1');
    await waitFor(() => expect(asked()).toHaveLength(1));
    const form = screen.getByRole('form', { name: 'Results days' });
    const n = within(form).getByLabelText('Paid within (days)');
    await userEvent.clear(n);
    await userEvent.type(n, '14');
    const from = within(form).getByLabelText('From day');
    await userEvent.clear(from);
    await userEvent.type(from, '2026-03-15');
    await userEvent.click(within(form).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(query(asked().at(-1))).toEqual({ from: '2026-03-15', to: '2026-03-31', paidWithinDays: '14' }));
    expect(getByTestId('location').textContent).toBe('/cadences/c-1/versions/v-1?results=1&enrollment=en-1&from=2026-03-15&to=2026-03-31&paidWithin=14');
  });

  it('refuses an N that is not a whole number of days, at the field', async () => {
    open('/cadences/c-1/versions/v-1?results=1');
    const n = await screen.findByLabelText('Paid within (days)');
    await userEvent.clear(n);
    await userEvent.type(n, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByText('Give a whole number of days from 1 to 365.')).toBeTruthy();
    expect(n.getAttribute('aria-invalid')).toBe('true');
  });

  it('clears the overlay when switched off', async () => {
    open('/cadences/c-1/versions/v-1?results=1');
    await waitFor(() => expect(store.getState().results).not.toBeNull());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show results' }));
    await waitFor(() => expect(store.getState().results).toBeNull());
    expect(screen.queryByRole('group', { name: /entered/ })).toBeNull();
  });

  it('says results are not available when the API refuses, with its reason', async () => {
    api.answer({ 'GET /api/v1/versions/v-1/analytics': [403, { error: 'forbidden', message: 'agents may not read analytics' }] });
    open('/cadences/c-1/versions/v-1?results=1');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not allowed: agents may not read analytics.');
    api.answer({ 'GET /api/v1/versions/v-1/analytics': [200, versionAnalytics] });
  });
});
