// Pausing and resuming a whole version from the live view, against a real HTTP server answering as the
// API does: a reason is asked for, the batches are worked through with a progress bar, and the outcome said.
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser, VersionLive } from '../api/types';
import { renderPage } from '../testing/render-page';
import { sessionUser } from '../testing/session-fixtures';
import { answers, startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { VersionPause } from './version-pause';

configure({ asyncUtilTimeout: 4000 });

const user = sessionUser;
const live = (active: number, paused: number): VersionLive => ({ versionId: 'v-1', steps: {}, enrollments: { active, paused, finished: 0, failed: 0 }, exitReasons: {} });

let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
});

const calls = (path: string) => api.seen.filter((r) => r.method === 'POST' && r.url === path);
const open = (role: SessionUser['role'], counts: VersionLive) => renderPage(<VersionPause versionId="v-1" live={counts} />, { signedInAs: user(role) });

describe('pausing a whole version from the live view', () => {
  it('asks why before pausing, then works through the enrollments batch by batch with a progress bar', async () => {
    const batches = [
      { changed: 200, failed: [], remaining: 50, paused: 200, running: 50 },
      { changed: 50, failed: [], remaining: 0, paused: 250, running: 0 },
    ];
    api.answer({ 'POST /api/v1/versions/v-1/pause': () => answers('post', '/api/v1/versions/{versionId}/pause', batches.shift()!) });
    open('strategist', live(250, 0));
    await userEvent.click(screen.getByRole('button', { name: 'Pause all running (250)' }));
    const dialog = screen.getByRole('dialog', { name: 'Pause every running enrollment of this version?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pause them' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/Say why: it goes into the audit log/);
    expect(calls('/api/v1/versions/v-1/pause')).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText('Reason'), 'SMS provider incident');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pause them' }));
    expect((await within(dialog).findByRole('status')).textContent).toMatch(/^Paused 250 enrollments\.$/);
    expect(calls('/api/v1/versions/v-1/pause').map((r) => r.body)).toEqual([{ reason: 'SMS provider incident' }, { reason: 'SMS provider incident' }]);
    const bar = within(dialog).getByRole('progressbar', { name: 'Pausing enrollments' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([250, 250]);
  });

  it('resumes without a reason, and names the enrollments it could not change', async () => {
    api.answer({
      'POST /api/v1/versions/v-1/resume': () =>
        answers('post', '/api/v1/versions/{versionId}/resume', { changed: 0, failed: [{ id: 'e-9', message: 'Temporal could not be reached: nothing was changed; retry' }], remaining: 1, paused: 1, running: 0 }),
    });
    open('compliance_officer', live(1, 1));
    await userEvent.click(screen.getByRole('button', { name: 'Resume all paused (1)' }));
    const dialog = screen.getByRole('dialog', { name: 'Resume every paused enrollment of this version?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Resume them' }));
    const status = await within(dialog).findByRole('status');
    expect(status.textContent).toMatch(/Resumed 0 enrollments\. 1 could not be changed now: try again in a moment\./);
    expect(status.textContent).toMatch(/e-9: Temporal could not be reached/);
    expect(calls('/api/v1/versions/v-1/resume').map((r) => r.body)).toEqual([{}]);
  });

  it('offers nothing to pause when nothing runs, and nothing at all to an agent', async () => {
    const { unmount } = open('engineer', live(2, 2));
    expect((screen.getByRole('button', { name: 'Pause all running (0)' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Resume all paused (2)' }) as HTMLButtonElement).disabled).toBe(false);
    unmount();
    open('agent', live(2, 0));
    expect(screen.queryByRole('button', { name: /Pause all/ })).toBeNull();
  });
});
