// The cadence list against a real HTTP server that keeps its cadences as the API does: rename,
// duplicate (and open the copy), archive and restore, the archived ones shown on request, the empty
// state, and what a role that may not change cadences sees.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Cadence, SessionUser } from '../api/types';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { CadenceListPage } from './cadence-list-page';

const cadence = (id: string, name: string, over: Partial<Cadence> = {}): Cadence => ({
  id,
  name,
  description: '',
  draftGraph: { nodes: [], edges: [] },
  draftRevision: 1,
  archivedAt: null,
  createdBy: 'u-sam',
  createdByName: 'Sam Strategist',
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-02T13:05:00.000Z',
  ...over,
});

let api: ScriptedApi;
let cadences: Cadence[] = [];
let role: SessionUser['role'] = 'strategist';
/** Rendered as the app renders it: inside the layout, which has loaded who is signed in. */
const renderList = (opts: { path?: string; route?: string } = {}) => renderPage(<CadenceListPage />, { ...opts, signedInAs: { id: 'u-sam', name: 'Sam Strategist', email: 'sam@kairos.test', role } });
const changes = () => api.seen.filter((r) => r.method !== 'GET');

beforeAll(async () => {
  api = await startScriptedApi({
    'GET /api/v1/cadences': (req) => [200, req.url.includes('includeArchived=true') ? cadences : cadences.filter((c) => c.archivedAt === null)],
    'PATCH /api/v1/cadences/c-1': (req) => {
      const patch = req.body as { name?: string; archived?: boolean };
      cadences = cadences.map((c) =>
        c.id === 'c-1'
          ? { ...c, ...(patch.name ? { name: patch.name } : {}), ...(patch.archived !== undefined ? { archivedAt: patch.archived ? '2026-03-03T10:00:00.000Z' : null } : {}) }
          : c,
      );
      return [200, cadences.find((c) => c.id === 'c-1')];
    },
    'PATCH /api/v1/cadences/c-2': [409, { error: 'conflict', message: 'a cadence with this name exists already' }],
    'POST /api/v1/cadences/c-1/duplicate': () => {
      const copy = cadence('c-copy', 'Pre-due reminders (copy)');
      cadences = [...cadences, copy];
      return [201, { ...copy, issues: [] }];
    },
  });
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
  role = 'strategist';
  cadences = [cadence('c-1', 'Pre-due reminders', { description: 'Three texts before the due date' }), cadence('c-2', 'Late stage', { createdByName: 'Riley Second' })];
});

const row = async (name: string) => (await screen.findByRole('link', { name })).closest('tr')!;

describe('the cadence list', () => {
  it('lists each cadence with its description and who created it, by name', async () => {
    renderList();
    const table = await screen.findByRole('table', { name: 'Cadences' });
    await within(table).findByRole('link', { name: 'Pre-due reminders' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Pre-due remindersThree texts before the due date', 'Late stage']);
    expect(within(rows[1]!).getByText('Riley Second')).toBeTruthy();
    expect(within(rows[0]!).getByRole('link', { name: 'Pre-due reminders' }).getAttribute('href')).toBe('/cadences/c-1');
  });

  it('renames a cadence in place, and Cancel leaves the name as it was', async () => {
    renderList();
    await userEvent.click(within(await row('Pre-due reminders')).getByRole('button', { name: 'Rename Pre-due reminders' }));
    const field = screen.getByRole('textbox', { name: 'New name for Pre-due reminders' });
    expect(document.activeElement).toBe(field);
    await userEvent.clear(field);
    await userEvent.type(field, 'Early reminders');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('link', { name: 'Pre-due reminders' })).toBeTruthy();
    expect(changes()).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Rename Pre-due reminders' }));
    const again = screen.getByRole('textbox', { name: 'New name for Pre-due reminders' });
    await userEvent.clear(again);
    await userEvent.type(again, '  Early reminders {Enter}');
    await screen.findByRole('link', { name: 'Early reminders' });
    expect(changes()).toEqual([{ method: 'PATCH', url: '/api/v1/cadences/c-1', body: { name: 'Early reminders' } }]);
    expect(screen.queryByRole('textbox', { name: /New name/ })).toBeNull();
  });

  it('will not save an empty name', async () => {
    renderList();
    await userEvent.click(within(await row('Pre-due reminders')).getByRole('button', { name: 'Rename Pre-due reminders' }));
    await userEvent.clear(screen.getByRole('textbox', { name: 'New name for Pre-due reminders' }));
    expect((screen.getByRole('button', { name: 'Save name' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows the server's refusal of a rename on that row, and keeps the field open", async () => {
    renderList();
    const late = await row('Late stage');
    await userEvent.click(within(late).getByRole('button', { name: 'Rename Late stage' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'New name for Late stage' }), ' 2{Enter}');
    expect((await within(late).findByRole('alert')).textContent).toMatch(/a cadence with this name exists already/i);
    expect(screen.getByRole('textbox', { name: 'New name for Late stage' })).toBeTruthy();
  });

  it('duplicates a cadence and opens the copy in the editor', async () => {
    renderList({ path: '/cadences', route: '/cadences' });
    await userEvent.click(within(await row('Pre-due reminders')).getByRole('button', { name: 'Duplicate Pre-due reminders' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/cadences/c-copy'));
    expect(changes()).toEqual([{ method: 'POST', url: '/api/v1/cadences/c-1/duplicate', body: {} }]);
  });

  it('archives a cadence out of the list; "Show archived" brings it back marked, and Restore restores it', async () => {
    renderList();
    await userEvent.click(within(await row('Pre-due reminders')).getByRole('button', { name: 'Archive Pre-due reminders' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Pre-due reminders' })).toBeNull());
    expect(changes()).toEqual([{ method: 'PATCH', url: '/api/v1/cadences/c-1', body: { archived: true } }]);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Show archived cadences' }));
    const archived = await row('Pre-due reminders');
    expect(within(archived).getByText('Archived')).toBeTruthy();
    expect(within(await row('Late stage')).queryByText('Archived')).toBeNull();
    await userEvent.click(within(archived).getByRole('button', { name: 'Restore Pre-due reminders' }));
    await waitFor(() => expect(within(archived).queryByText('Archived')).toBeNull());
    expect(changes().at(-1)).toEqual({ method: 'PATCH', url: '/api/v1/cadences/c-1', body: { archived: false } });

    await userEvent.click(screen.getByRole('checkbox', { name: 'Show archived cadences' }));
    expect(await screen.findByRole('link', { name: 'Pre-due reminders' })).toBeTruthy();
  });

  it('says what a cadence is and offers to create or import one when there is none', async () => {
    cadences = [];
    renderList();
    await screen.findByRole('heading', { name: 'No cadences yet' });
    expect(screen.getByText(/Create one and draw it on the canvas, or import one exported from Kairos/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New cadence' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import cadence' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    // Only archived ones: showing them says so differently.
    cadences = [cadence('c-9', 'Old one', { archivedAt: '2026-01-01T00:00:00.000Z' })];
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show archived cadences' }));
    expect(await screen.findByRole('link', { name: 'Old one' })).toBeTruthy();
  });

  it('tells a role that cannot design cadences who creates them, and offers no changes', async () => {
    role = 'compliance_officer';
    renderList();
    const first = await row('Pre-due reminders');
    expect(within(first).getByText('Read only')).toBeTruthy();
    expect(within(first).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: 'New cadence' })).toBeNull();
    cadences = [];
    renderList();
    await screen.findByText(/Strategists create them; ask one to share theirs/);
  });
});
