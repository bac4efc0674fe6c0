import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { EditorStoreProvider, useEditor } from '../store/editor-context';
import { createEditorStore, graphOf } from '../store/editor-store';
import { CodeEditorContext, PlainCodeEditor } from './code-field';
import { ConfigPanel } from './config-panel';

const graph = {
  nodes: [
    { id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid'] } } },
    { id: 'sms-1', type: 'send-message', position: { x: 0, y: 150 }, data: { config: { channel: 'sms', body: 'Hi {{ account.firstName }}, pay {{ account.amountDue }}' } } },
    { id: 'done', type: 'exit', position: { x: 0, y: 300 }, data: { config: { reason: 'completed' } } },
  ],
  edges: [{ id: 'e1', source: 'entry', sourceHandle: 'next', target: 'sms-1' }],
};

function Panel({ id }: { id: string }) {
  const node = useEditor((s) => s.nodes.find((n) => n.id === id))!;
  return <ConfigPanel node={node} />;
}

function renderPanel(id: string, readOnly = false) {
  const store = createEditorStore({ registry: builtInRegistry, graph, readOnly });
  // No API in component tests: the preview uses its built-in sample accounts.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  render(
    <QueryClientProvider client={client}>
      <CodeEditorContext.Provider value={PlainCodeEditor}>
        <EditorStoreProvider store={store}>
          <Panel id={id} />
        </EditorStoreProvider>
      </CodeEditorContext.Provider>
    </QueryClientProvider>,
  );
  return store;
}

describe('config panel', () => {
  it('wires an outcome from a list, the keyboard way to connect steps', async () => {
    const store = renderPanel('sms-1');
    const user = userEvent.setup();
    const sent = screen.getByRole('combobox', { name: 'Sent goes to' });
    expect(sent.getAttribute('aria-invalid')).toBe('true');
    await user.selectOptions(sent, 'done');
    expect(graphOf(store.getState()).edges.map((e) => `${e.source}.${e.sourceHandle}>${e.target}`)).toContain('sms-1.next>done');
    expect(store.getState().issues.filter((i) => !i.code.startsWith('lint.'))).toEqual([]);
    // The Entry is never a target.
    expect(within(sent).queryByRole('option', { name: /Entry/ })).toBeNull();
  });

  it('previews the message for a sample account, as the worker would render it', async () => {
    renderPanel('sms-1');
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('Hi Dana, pay $482.50')).toBeTruthy();
    await userEvent.setup().selectOptions(within(preview).getByRole('combobox', { name: 'Preview for account' }), 'SAMPLE-0077');
    expect(within(preview).getByText('Hi Luis, pay $1,299.00')).toBeTruthy();
  });

  it('edits the config as JSON, applying only JSON objects and saying why otherwise', async () => {
    const store = renderPanel('done');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'JSON' }));
    const json = screen.getByRole('textbox', { name: 'Settings (JSON)' });
    await user.clear(json);
    await user.type(json, '[[1]');
    expect(screen.getByRole('alert').textContent).toMatch(/Not applied: this must be a JSON object/);
    await user.clear(json);
    await user.type(json, '{{"reason": "paid"}');
    expect(store.getState().nodes.find((n) => n.id === 'done')!.data.config).toEqual({ reason: 'paid' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the step with its label and shows every control disabled on a published version', () => {
    renderPanel('sms-1', true);
    expect((screen.getByRole('textbox', { name: 'Step label' }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Channel' }) as HTMLSelectElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Delete this step' })).toBeNull();
  });
});
