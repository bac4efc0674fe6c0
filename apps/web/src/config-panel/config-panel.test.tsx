import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { EditorStoreProvider, useEditor } from '../store/editor-context';
import { createEditorStore, graphOf } from '../store/editor-store';
import { CodeEditorContext, PlainCodeEditor } from './code-field';
import { ConfigPanel } from './config-panel';
import { useConfigView } from './config-view';

const graph = {
  nodes: [
    { id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid'] } } },
    {
      id: 'sms-1',
      type: 'send-message',
      position: { x: 0, y: 150 },
      data: {
        config: {
          channel: 'sms',
          body: 'Hi {{ account.firstName }}, pay {{ account.amountDue }}',
          variants: [{ language: 'es', body: 'Hola {{ account.firstName }}, pague {{ account.amountDue }}' }],
          fallback: [{ channel: 'email', subject: 'Balance of {{ account.amountDue }}', body: 'Dear {{ account.name }}' }],
        },
      },
    },
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

function renderPanelAnd(id: string) {
  renderPanel(id);
  return screen.getByRole('switch', { name: 'Edit as JSON' });
}

describe('config panel', () => {
  beforeEach(() => useConfigView.getState().setView('form'));

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

  it('previews the message for a sample account, in the language variant the worker would choose', async () => {
    renderPanel('sms-1');
    const user = userEvent.setup();
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('Hi Dana, pay $482.50')).toBeTruthy();
    expect(within(preview).getByText('Balance of $482.50')).toBeTruthy();
    // Luis reads Spanish: his account's language picks the es variant.
    await user.selectOptions(within(preview).getByRole('combobox', { name: 'Preview for account' }), 'SAMPLE-0077');
    expect(within(preview).getByText('Hola Luis, pague $1,299.00')).toBeTruthy();
    expect(within(preview).getByText(/SMS · es variant/)).toBeTruthy();
    // Another language without a variant sends the default text.
    await user.selectOptions(within(preview).getByRole('combobox', { name: 'Language' }), 'fr');
    expect(within(preview).getByText('Hi Luis, pay $1,299.00')).toBeTruthy();
    expect(within(preview).getByText(/SMS · default text/)).toBeTruthy();
  });

  it('edits the config as JSON, applying only JSON objects and saying why otherwise', async () => {
    const store = renderPanel('done');
    const user = userEvent.setup();
    const toggle = screen.getByRole('switch', { name: 'Edit as JSON' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    const json = screen.getByRole('textbox', { name: 'Settings (JSON)' });
    await user.clear(json);
    await user.type(json, '[[1]');
    expect(screen.getByRole('alert').textContent).toMatch(/Not applied: this must be a JSON object/);
    await user.clear(json);
    await user.type(json, '{{"reason": "paid"}');
    expect(store.getState().nodes.find((n) => n.id === 'done')!.data.config).toEqual({ reason: 'paid' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Problems in these settings' })).toBeNull();
  });

  it("checks JSON settings against the kind's schema and names each field at fault", async () => {
    renderPanel('sms-1');
    const user = userEvent.setup();
    await user.click(screen.getByRole('switch', { name: 'Edit as JSON' }));
    const json = screen.getByRole('textbox', { name: 'Settings (JSON)' });
    await user.clear(json);
    await user.type(json, '{{"channel": "pigeon", "body": ""}');
    const problems = screen.getByRole('list', { name: 'Problems in these settings' });
    const items = within(problems).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContainEqual(expect.stringMatching(/^channel: /));
    expect(items).toContainEqual('body: message body must not be empty');
    expect(json.getAttribute('aria-describedby')).toBe(problems.id);
  });

  it('keeps the JSON view chosen for the next step', async () => {
    await userEvent.setup().click(renderPanelAnd('sms-1'));
    expect(useConfigView.getState().view).toBe('json');
    cleanup();
    renderPanel('done');
    expect(screen.getByRole('switch', { name: 'Edit as JSON' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Settings (JSON)' })).toBeTruthy();
  });

  it('names the step with its label and shows every control disabled on a published version', () => {
    renderPanel('sms-1', true);
    expect((screen.getByRole('textbox', { name: 'Step label' }) as HTMLInputElement).disabled).toBe(true);
    for (const channel of screen.getAllByRole('combobox', { name: 'Channel' })) expect((channel as HTMLSelectElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Delete this step' })).toBeNull();
  });
});
