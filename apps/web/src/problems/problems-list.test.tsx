import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { act } from 'react';
import { createEditorStore } from '../store/editor-store';
import { EditorStoreProvider } from '../store/editor-context';
import { ProblemsList } from './problems-list';

const graph = {
  nodes: [
    { id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: [] } } },
    { id: 'sms-1', type: 'send-message', position: { x: 0, y: 150 }, data: { label: 'Friendly SMS', config: { channel: 'email', body: 'Hi {{ account.nickname }}' } } },
  ],
  edges: [{ id: 'e1', source: 'entry', sourceHandle: 'next', target: 'sms-1' }],
};

function renderList() {
  const store = createEditorStore({ registry: builtInRegistry, graph });
  const focused: string[] = [];
  render(
    <EditorStoreProvider store={store}>
      <ProblemsList onFocusNode={(id) => focused.push(id)} />
    </EditorStoreProvider>,
  );
  return { store, focused };
}

describe('problems list', () => {
  it('lists errors before warnings, each naming its step, and counts them', () => {
    renderList();
    const items = within(screen.getByRole('list', { name: 'Problems' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^Error: Send message: Friendly SMS \(sms-1\): /);
    expect(items.at(-1)).toMatch(/^Warning: Entry \(entry\): the cadence keeps contacting accounts after they pay in full/);
    expect(items.some((t) => /an email needs a subject/.test(t ?? ''))).toBe(true);
    expect(items.some((t) => /unknown template variable "account.nickname"/.test(t ?? ''))).toBe(true);
    expect(screen.getByRole('heading', { name: /Problems/ }).textContent).toMatch(/2 errors, 1 warning/);
  });

  it('takes you to the step when a problem is pressed', async () => {
    const { focused } = renderList();
    await userEvent.setup().click(screen.getByRole('button', { name: /an email needs a subject/ }));
    expect(focused).toEqual(['sms-1']);
  });

  it('follows the graph as it changes, down to "no problems"', () => {
    const { store } = renderList();
    act(() => {
      store.getState().updateConfig('entry', { exitOn: ['paid', 'dispute'] });
      store.getState().selectOnly('sms-1');
      store.getState().deleteSelection();
      store.getState().addNodeOfKind('exit', { position: { x: 0, y: 300 }, fallback: { x: 0, y: 0 } });
      store.getState().wire('entry', 'next', 'exit-1');
    });
    expect(screen.getByText('No problems: this cadence can be published.')).toBeTruthy();
  });

  it('lists compliance findings of the lint once the cadence compiles, as compliance errors', () => {
    const { store } = renderList();
    act(() => {
      store.getState().updateConfig('entry', { exitOn: ['paid', 'dispute'] });
      store.getState().updateConfig('sms-1', { channel: 'sms', body: 'Hi {{ account.firstName }}. Reply STOP to opt out.' });
      store.getState().addNodeOfKind('exit', { position: { x: 0, y: 300 }, fallback: { x: 0, y: 0 } });
      store.getState().wire('sms-1', 'next', 'exit-1');
    });
    const items = within(screen.getByRole('list', { name: 'Problems' })).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items.some((t) => /^Compliance error: Send message: Friendly SMS \(sms-1\): .*consent/i.test(t))).toBe(true);
  });
});
