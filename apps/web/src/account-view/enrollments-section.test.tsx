// The account page's enrollments: each says whether it runs or is paused (by whom, why), and offers pause,
// resume and stop to the roles that may; after an action the section reads the account again and shows
// the new state. Against a real HTTP server answering as the API does.
import { useQuery } from '@tanstack/react-query';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { Enrollment } from '../api/types';
import { renderPage } from '../testing/render-page';
import { sessionUser, activeEnrollment } from '../testing/session-fixtures';
import { answers, startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { EnrollmentsSection } from './enrollments-section';
import type { AccountStory } from './story';

configure({ asyncUtilTimeout: 4000 });

const user = sessionUser;
const enrollment: Enrollment = activeEnrollment;
const paused: Enrollment = { ...enrollment, paused: { at: '2026-12-02T10:00:00Z', by: 'strategist@kairos.test', reason: 'customer in hospital' } };
const finished: Enrollment = { ...enrollment, id: 'e-0', status: 'finished', exitReason: 'paid', finishedAt: '2026-11-20T10:00:00Z', currentStepId: null };
const inStory = (e: Enrollment) => ({ ...e, cadenceName: 'Early reminders', version: 1, path: [], tierTaken: null, timeline: [] });
/** The part of the account's story this section reads (the page reads the whole story once). */
const storyWith = (...items: Enrollment[]) => ({ enrollments: { items: items.map(inStory), more: false } });

/** The section as the account page feeds it: from the account's story query. */
function Enrollments() {
  const story = useQuery({ queryKey: queryKeys.accountStory('A-1', 20), queryFn: () => kairosApi.accountStory('A-1', 20) });
  return story.data ? <EnrollmentsSection story={story.data as unknown as AccountStory} onMore={() => undefined} openCanvas /> : null;
}

let api: ScriptedApi;
let current: Enrollment;
beforeAll(async () => {
  api = await startScriptedApi({ 'GET /api/v1/accounts/A-1/story': () => [200, storyWith(current, finished)] });
});
afterAll(() => api.close());

describe("the account page's enrollments", () => {
  it('pauses a running enrollment with a reason and then shows it paused, with resume offered', async () => {
    current = enrollment;
    api.answer({
      'POST /api/v1/enrollments/e-1/pause': () => {
        current = paused;
        return answers('post', '/api/v1/enrollments/{id}/pause', { outcome: 'paused', changed: true, message: 'paused: it sends nothing until resumed', enrollment: paused });
      },
    });
    renderPage(<Enrollments />, { signedInAs: user('strategist') });
    const articles = await screen.findAllByRole('article', { name: 'Enrollment in Early reminders' });
    expect(within(articles[0]!).getByRole('heading').textContent).toContain('Active, at wait-3d');
    // The finished one offers nothing.
    expect(within(articles[1]!).queryByRole('button', { name: /Pause|Stop|Resume/ })).toBeNull();
    expect(within(articles[1]!).getByRole('heading').textContent).toContain('Finished · paid');
    await userEvent.click(within(articles[0]!).getByRole('button', { name: 'Pause…' }));
    const dialog = screen.getByRole('dialog', { name: 'Pause this enrollment?' });
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'customer in hospital');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pause it' }));
    await within(dialog).findByRole('status');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await screen.findByText('Paused at wait-3d by strategist@kairos.test: customer in hospital');
    expect(within(screen.getAllByRole('article')[0]!).getAllByRole('button').map((b) => b.textContent)).toEqual(['Resume…', 'Stop…']);
  });

  it('offers an agent nothing to change', async () => {
    current = enrollment;
    renderPage(<Enrollments />, { signedInAs: user('agent') });
    await screen.findByText('Active, at wait-3d');
    expect(screen.queryByRole('button', { name: /Pause|Stop|Resume/ })).toBeNull();
  });
});
