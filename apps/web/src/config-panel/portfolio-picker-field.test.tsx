// The Entry's "From portfolios" as the editor shows it, against a real HTTP server answering as the
// API does: the portfolios the person reads are checkboxes; an id already chosen that is not among them
// stays listed and checked, so editing the rule never drops it unseen.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { EditorStoreProvider, useEditor } from '../store/editor-context';
import { createEditorStore, graphOf } from '../store/editor-store';
import { renderPage } from '../testing/render-page';
import { answers, startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { ConfigPanel } from './config-panel';
import { portfolioChoices } from './portfolio-picker-field';

const policy = (portfolioId: string, name: string) => ({ portfolioId, name, sandbox: false, holdContactWhilePromiseOpen: true });
let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi({ 'GET /api/v1/portfolio-policies': answers('get', '/api/v1/portfolio-policies', [policy('default', 'default'), policy('cards', 'Cards')]) });
});
afterAll(() => api.close());

function Panel() {
  const node = useEditor((s) => s.nodes.find((n) => n.id === 'entry'))!;
  return <ConfigPanel node={node} />;
}

describe("the Entry rule's portfolios", () => {
  it('offers the portfolios the person reads, keeps one they do not, and stores the choice in a stable order', async () => {
    const graph = {
      nodes: [{ id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid'], trigger: { type: 'dpd', days: 10, portfolios: ['elsewhere', 'default'] } } } }],
      edges: [],
    };
    const store = createEditorStore({ registry: builtInRegistry, graph });
    renderPage(
      <EditorStoreProvider store={store}>
        <Panel />
      </EditorStoreProvider>,
    );
    const group = await screen.findByRole('group', { name: 'From portfolios' });
    await within(group).findByLabelText('Cards (cards)');
    expect(within(group).getAllByRole('checkbox').map((c) => [c.nextSibling?.textContent, (c as HTMLInputElement).checked])).toEqual([
      ['default', true],
      ['Cards (cards)', false],
      ['elsewhere (not one of yours)', true],
    ]);
    await userEvent.click(within(group).getByLabelText('Cards (cards)'));
    const trigger = () => (graphOf(store.getState()).nodes[0]!.data.config as { trigger: { portfolios: string[] } }).trigger;
    expect(trigger().portfolios).toEqual(['default', 'cards', 'elsewhere']);
    await userEvent.click(within(group).getByLabelText('elsewhere (not one of yours)'));
    expect(trigger().portfolios).toEqual(['default', 'cards']);
  });

  it('lists names with their ids, and chosen ids nobody reads after them', () => {
    expect(portfolioChoices([policy('cards', 'Cards')], ['old'])).toEqual([
      { id: 'cards', label: 'Cards (cards)' },
      { id: 'old', label: 'old (not one of yours)' },
    ]);
  });
});
