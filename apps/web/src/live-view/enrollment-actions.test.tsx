// Pausing, resuming and stopping one enrollment from its detail, against a real HTTP server answering as the API does.
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Enrollment } from '../api/types';
import { renderPage } from '../testing/render-page';
import { sessionUser, activeEnrollment } from '../testing/session-fixtures';
import { answers, startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { EnrollmentActions } from './enrollment-actions';

configure({ asyncUtilTimeout: 4000 });

const user = sessionUser;
const enrollment: Enrollment = activeEnrollment;
const paused = { ...enrollment, paused: { at: '2026-12-02T10:00:00Z', by: 'sam@kairos.test', reason: 'incident' } };

let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
});
const posted = (path: string) => api.seen.filter((r) => r.method === 'POST' && r.url === path).map((r) => r.body);

describe("one enrollment's pause, resume and stop", () => {
  it('pauses with a reason, asked for first, and says what happened', async () => {
    api.answer({ 'POST /api/v1/enrollments/e-1/pause': answers('post', '/api/v1/enrollments/{id}/pause', { outcome: 'paused', changed: true, message: 'paused: it sends nothing until resumed', enrollment: paused }) });
    renderPage(<EnrollmentActions enrollment={enrollment} />, { signedInAs: user('strategist') });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Pause…', 'Stop…']);
    await userEvent.click(screen.getByRole('button', { name: 'Pause…' }));
    const dialog = screen.getByRole('dialog', { name: 'Pause this enrollment?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pause it' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/^Say why/);
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'customer in hospital');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pause it' }));
    expect((await within(dialog).findByRole('status')).textContent).toBe('Paused: it sends nothing until resumed.');
    expect(posted('/api/v1/enrollments/e-1/pause')).toEqual([{ reason: 'customer in hospital' }]);
  });

  it('offers resume for a paused one, and says why a stop changed nothing', async () => {
    api.answer({ 'POST /api/v1/enrollments/e-1/stop': [409, { error: 'already_finished', message: 'enrollment e-1 is already finished (paid): nothing to change' }] });
    renderPage(<EnrollmentActions enrollment={paused} />, { signedInAs: user('compliance_officer') });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Resume…', 'Stop…']);
    await userEvent.click(screen.getByRole('button', { name: 'Stop…' }));
    const dialog = screen.getByRole('dialog', { name: 'Stop this enrollment?' });
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'settled');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stop it' }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/^Nothing changed: .*already finished \(paid\)/);
  });

  it('offers nothing to an agent, or for a finished enrollment', () => {
    const { unmount } = renderPage(<EnrollmentActions enrollment={enrollment} />, { signedInAs: user('agent') });
    expect(screen.queryByRole('button')).toBeNull();
    unmount();
    renderPage(<EnrollmentActions enrollment={{ ...enrollment, status: 'finished' }} />, { signedInAs: user('admin') });
    expect(screen.queryByRole('button')).toBeNull();
  });
});
