// The new cadence dialog against a real HTTP server answering as the API does.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtInRegistry, hasErrors, validate, type CadenceGraph } from '@kairos/cadence';
import { starterCadences } from '@kairos/cadence/starter-cadences';
import { lintGraph } from '@kairos/review';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { NewCadenceDialog } from './new-cadence-dialog';

let api: ScriptedApi;
const created = () => api.seen.filter((r) => r.method === 'POST' && r.url === '/api/v1/cadences');
beforeAll(async () => {
  api = await startScriptedApi({
    'POST /api/v1/cadences': (req) => [201, { id: 'new-1', ...(req.body as object), draftRevision: 1, issues: [] }],
    'GET /api/v1/cadences': [200, []],
  });
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
});

const open = (onClose = vi.fn()) => ({ onClose, ...renderPage(<NewCadenceDialog open onClose={onClose} />, { path: '/cadences' }) });
const choices = () => within(screen.getByRole('group', { name: 'Start from' }));

describe('the new cadence dialog', () => {
  it('offers a blank start and every starter cadence, each with its description, step count and a preview', () => {
    open();
    expect(screen.getByRole('dialog', { name: 'New cadence' })).toBeTruthy();
    const radios = choices().getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['blank', ...starterCadences().map((s) => s.id)]);
    expect((choices().getByRole('radio', { name: /^Blank/ }) as HTMLInputElement).checked).toBe(true);
    for (const s of starterCadences()) {
      const radio = choices().getByRole('radio', { name: new RegExp(`^${s.name.replace(/[()]/g, '\\$&')}`) });
      expect(radio.getAttribute('aria-describedby') && document.getElementById(radio.getAttribute('aria-describedby')!)?.textContent).toBe(
        `${s.description} ${s.graph.nodes.length} steps.`,
      );
      const preview = choices().getByRole('img', { name: `Shape of ${s.name}: ${s.graph.nodes.length} steps` });
      expect(preview.querySelectorAll('rect')).toHaveLength(s.graph.nodes.length);
    }
  });

  it('names the cadence after the chosen starter until a name of its own is typed', async () => {
    open();
    const name = screen.getByLabelText('Name of the new cadence') as HTMLInputElement;
    await userEvent.click(choices().getByRole('radio', { name: /^Payment-plan follow-up/ }));
    expect(name.value).toBe('Payment-plan follow-up');
    await userEvent.clear(name);
    await userEvent.type(name, 'Plans, West region');
    await userEvent.click(choices().getByRole('radio', { name: /^Four-tier collections/ }));
    expect(name.value).toBe('Plans, West region');
  });

  it('creates the draft from the four-tier starter through the API, valid and lint-clean, and opens it', async () => {
    const { getByTestId, onClose } = open();
    await userEvent.click(choices().getByRole('radio', { name: /^Four-tier collections/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Create and open' }));
    await waitFor(() => expect(getByTestId('location').textContent).toBe('/cadences/new-1'));
    const [request] = created();
    const starter = starterCadences().find((s) => s.id === 'four-tier-collections')!;
    expect(request!.body).toEqual({ name: 'Four-tier collections', description: starter.description, graph: starter.graph });
    const graph = (request!.body as { graph: CadenceGraph }).graph;
    expect(hasErrors(validate(graph, builtInRegistry))).toBe(false);
    expect(lintGraph(graph, builtInRegistry).findings).toEqual([]);
    expect(onClose).toHaveBeenCalled();
  });

  it('creates a blank cadence with only its name: the API gives it an Entry step', async () => {
    open();
    await userEvent.type(screen.getByLabelText('Name of the new cadence'), 'Early stage reminders');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(created()).toHaveLength(1));
    expect(created()[0]!.body).toEqual({ name: 'Early stage reminders' });
  });

  it('says why the cadence was not created and keeps the dialog open to try again', async () => {
    api.answer({ 'POST /api/v1/cadences': [400, { error: 'invalid_request', message: 'the body is invalid', issues: [{ field: 'name', message: 'Too long' }] }] });
    const { onClose } = open();
    await userEvent.type(screen.getByLabelText('Name of the new cadence'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Create and open' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not create it: The body is invalid. Change the name or try again.');
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
  });
});
