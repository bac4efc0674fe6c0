// The version history beside the canvas, against a real HTTP server answering as the API does: newest
// first, who published and who approved each by name (their id when the person is gone), when, the
// content hash; each version opens on its own read-only page.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CadenceVersion } from '../api/types';
import { formatWhen } from '../shell/format';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { VersionsPanel } from './versions-panel';

const HASH_2 = 'b'.repeat(64);
const version = (n: number, over: Partial<CadenceVersion> = {}): CadenceVersion => ({
  id: `v-${n}`,
  cadenceId: 'c-1',
  version: n,
  hash: `${n}`.repeat(64),
  publishedBy: 'u-sam',
  publishedByName: 'Sam Strategist',
  publishedAt: `2026-03-0${n}T14:30:00.000Z`,
  reviewId: `r-${n}`,
  approvedBy: 'u-olga',
  approvedByName: 'Olga Officer',
  ...over,
});

let api: ScriptedApi;
let versions: CadenceVersion[] = [];
let failing = false;

beforeAll(async () => {
  api = await startScriptedApi({
    'GET /api/v1/cadences/c-1/versions': () => (failing ? [500, { error: 'internal', message: 'the database is not answering' }] : [200, versions]),
  });
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
  failing = false;
  versions = [
    version(2, { hash: HASH_2, publishedBy: 'u-gone', publishedByName: null, approvedByName: 'Olga Officer' }),
    version(1, { reviewId: null, approvedBy: null, approvedByName: null }),
  ];
});

const renderPanel = () => renderPage(<VersionsPanel cadenceId="c-1" />, { path: '/cadences/c-1', route: '/cadences/:cadenceId' });

describe('the version history', () => {
  it('lists versions newest first with who published and approved each, by name, and when', async () => {
    renderPanel();
    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => within(i).getByRole('link', { name: /^Version / }).textContent)).toEqual(['Version 2', 'Version 1']);
    // A person no longer known by name is shown by id, not left out.
    expect(items[0]!.textContent).toBe(`Version 2 published by u-gone, approved by Olga Officer, ${formatWhen('2026-03-02T14:30:00.000Z')} · bbbbbbbbbbbb results`);
    // A version published without a review (before reviews existed) names no approver.
    expect(items[1]!.textContent).toBe(`Version 1 published by Sam Strategist, ${formatWhen('2026-03-01T14:30:00.000Z')} · 111111111111 results`);
    expect(within(items[0]!).getByTitle(HASH_2).textContent).toBe('bbbbbbbbbbbb');
    expect(screen.getByRole('region', { name: 'Versions' })).toBeTruthy();
    // Each version links to its results on the canvas.
    expect(within(items[0]!).getByRole('link', { name: 'Results of version 2 on the canvas' }).getAttribute('href')).toBe('/cadences/c-1/versions/v-2?results=1');
  });

  it('opens a version on its own read-only page', async () => {
    renderPanel();
    await userEvent.click(await screen.findByRole('link', { name: 'Version 1' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/cadences/c-1/versions/v-1'));
  });

  it('says how to publish the first version when there is none', async () => {
    versions = [];
    renderPanel();
    await screen.findByText('Not published yet. When the problems list is empty, press Publish to make this draft version 1.');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says why the history is missing and loads it again on Retry', async () => {
    failing = true;
    renderPanel();
    expect((await screen.findByRole('alert')).textContent).toMatch(/the database is not answering/i);
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Version 2' })).toBeTruthy();
  });
});
