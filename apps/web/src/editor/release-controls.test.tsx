// Publishing from the editor, against a real HTTP server answering as the API does: a draft whose
// Entry enrolls by rule asks first, saying how many accounts its rule enrolls at once; one whose
// Entry enrolls through the API publishes on the click.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { starterCadences } from '@kairos/cadence/starter-cadences';
import type { CadenceLifecycle } from '../api/types';
import { editorRegistry } from '../registry';
import { EditorStoreProvider } from '../store/editor-context';
import { createEditorStore } from '../store/editor-store';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import type { EntryMatches } from './entry-matches-text';
import { ReleaseControls } from './release-controls';
import type { Autosave } from './use-autosave';

// A starter cadence: a draft with nothing to fix, so Publish is enabled once approved.
const graph = starterCadences().find((s) => s.id === 'post-payment-acknowledgement')!.graph;
const approved = { state: 'approved' } as CadenceLifecycle;
const saved: Autosave = { status: 'saved', save: async () => true };
const published = { id: 'v-3', cadenceId: 'c-1', version: 3, hash: 'c'.repeat(64), publishedBy: 'u-sam', publishedByName: 'Sam', publishedAt: '2026-03-01T00:00:00.000Z', reviewId: 'r-3', approvedBy: 'u-olga', approvedByName: 'Olga' };

let api: ScriptedApi;
let matches: EntryMatches;
beforeAll(async () => {
  api = await startScriptedApi({
    'GET /api/v1/cadences/c-1/entry-matches': () => [200, matches],
    'POST /api/v1/cadences/c-1/versions': [201, published],
    'GET /api/v1/cadences/c-1': [200, { lifecycle: approved }],
    'GET /api/v1/cadences/c-1/versions': [200, [published]],
  });
});
afterAll(() => api.close());
beforeEach(() => void (api.seen.length = 0));

const render = () =>
  renderPage(
    <EditorStoreProvider store={createEditorStore({ registry: editorRegistry, graph })}>
      <ReleaseControls cadenceId="c-1" autosave={saved} initial={approved} />
    </EditorStoreProvider>,
  );
const publishes = () => api.seen.filter((r) => r.method === 'POST' && r.url === '/api/v1/cadences/c-1/versions');

describe('publishing a draft', () => {
  it('asks first when its rule enrolls accounts at once, saying how many and from where, and publishes on confirming', async () => {
    matches = { trigger: 'dpd', matching: 42, capped: false, portfolios: [{ portfolioId: 'default', matching: 40, examples: [] }, { portfolioId: 'cards', matching: 2, examples: [] }], unreadPortfolios: [] };
    render();
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await screen.findByText('42 accounts match the entry rule now and will be enrolled as soon as you publish.');
    expect(screen.getByText('By portfolio: default 40, cards 2.')).toBeTruthy();
    expect(publishes()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Publish and enroll' }));
    await screen.findByText(/Version 3 is published/);
    expect(publishes()).toHaveLength(1);
  });

  it('publishes nothing when the confirmation is cancelled', async () => {
    matches = { trigger: 'segment', matching: 7, capped: false, portfolios: [{ portfolioId: 'default', matching: 7, examples: [] }], unreadPortfolios: [] };
    render();
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await screen.findByText(/^7 accounts match/);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByText(/^7 accounts match/)).toBeNull());
    expect(publishes()).toEqual([]);
  });

  it('publishes at once when accounts enter only through the API', async () => {
    matches = { trigger: 'api', matching: 0, capped: false, portfolios: [], unreadPortfolios: [] };
    render();
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await screen.findByText(/Version 3 is published/);
    expect(publishes()).toHaveLength(1);
  });
});
