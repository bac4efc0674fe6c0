// The product-wide smoke test: every starter cadence goes through the real path to publishing (an author
// saves it, submits it, a compliance officer who is not the author approves, the author publishes), a
// small portfolio of accounts is loaded and enrolled, and then every page of the web app's route table
// is opened as every role. On each: no API answer of 500 or more, no request its role may not make (403:
// a page does not ask for what its role may not read), no console error or page crash, and the page shows
// a heading (its content, or what it says to a role that may not see it).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { APIRequestContext, Response } from 'playwright-core';
import { starterCadences } from '@kairos/cadence/starter-cadences';
import { ROLES, type Role } from '@kairos/review';
import { afternoonZone } from '@kairos/testkit';
import { apiAs, jsonAnswer, openBrowser, signIn, type BrowserSession } from './harness';
import { fillRoute, webRoutePaths } from './harness/web-routes';

const RUN = Date.now().toString(36);
const ACCOUNT_IDS = ['A', 'B', 'C', 'D'].map((letter) => `SMOKE-${RUN}-${letter}`);

/** Entry → A/B split (50/50) → a long wait on each arm → exit: an experiment that stays running. */
const splitGraph = (experimentId: string) => ({
  nodes: [
    { id: 'start', type: 'entry', position: { x: 200, y: 0 }, data: { config: { exitOn: ['paid', 'dispute'] } } },
    {
      id: 'split',
      type: 'ab-split',
      position: { x: 200, y: 150 },
      data: { config: { experimentId, arms: [{ key: 'A', label: 'Champion', weight: 50 }, { key: 'B', label: 'Challenger', weight: 50 }], controlPercent: 0 } },
    },
    { id: 'wait-a', type: 'wait', position: { x: 0, y: 300 }, data: { config: { mode: 'duration', duration: { days: 30 } } } },
    { id: 'wait-b', type: 'wait', position: { x: 400, y: 300 }, data: { config: { mode: 'duration', duration: { days: 20 } } } },
    { id: 'done-a', type: 'exit', position: { x: 0, y: 450 }, data: { config: { reason: 'completed' } } },
    { id: 'done-b', type: 'exit', position: { x: 400, y: 450 }, data: { config: { reason: 'completed' } } },
  ],
  edges: [
    { id: 'e-start', source: 'start', sourceHandle: 'next', target: 'split' },
    { id: 'e-a', source: 'split', sourceHandle: 'variant:A', target: 'wait-a' },
    { id: 'e-b', source: 'split', sourceHandle: 'variant:B', target: 'wait-b' },
    { id: 'e-a-done', source: 'wait-a', sourceHandle: 'next', target: 'done-a' },
    { id: 'e-b-done', source: 'wait-b', sourceHandle: 'next', target: 'done-b' },
  ],
});

async function json<T>(res: Awaited<ReturnType<APIRequestContext['get']>>, ...statuses: number[]): Promise<T> {
  return (await jsonAnswer(res, ...statuses)) as T;
}

describe('smoke: every page as every role, on a product with every starter cadence published', () => {
  let session: BrowserSession;
  const routes = webRoutePaths();
  /** Route param values from the data made below, as `fillRoute` looks them up. */
  const params: Record<string, string> = {};
  const published: Array<{ name: string; cadenceId: string; versionId: string }> = [];

  beforeAll(async () => {
    const admin = await apiAs('admin');
    const strategist = await apiAs('strategist');
    const officer = await apiAs('compliance_officer');
    const engineer = await apiAs('engineer');
    try {
      // Everyone but admins (who read all by their role) reads every portfolio, so the pages have accounts to show.
      const people = await json<Array<{ id: string; email: string; role: Role }>>(await admin.get('/api/v1/users'), 200);
      const logins = inject('productLogins');
      for (const role of ROLES.filter((r) => r !== 'admin')) {
        const person = people.find((p) => p.email === logins[role]?.email);
        if (!person) throw new Error(`no user for the ${role} demo login`);
        await jsonAnswer(await admin.put(`/api/v1/users/${person.id}/portfolios`, { data: { portfolios: 'all' } }), 200);
      }

      // Every starter cadence, the real way to live: saved by a strategist, approved by an officer, published.
      const publish = async (name: string, graph: unknown) => {
        const cadence = await json<{ id: string }>(await strategist.post('/api/v1/cadences', { data: { name, graph } }), 201);
        const review = await json<{ id: string; hash: string }>(await strategist.post(`/api/v1/cadences/${cadence.id}/reviews`), 201);
        await jsonAnswer(await officer.post(`/api/v1/reviews/${review.id}/approve`, { data: { hash: review.hash } }), 200);
        const version = await json<{ id: string }>(await strategist.post(`/api/v1/cadences/${cadence.id}/versions`), 201);
        params[':reviewId'] ??= review.id;
        return { name, cadenceId: cadence.id, versionId: version.id };
      };
      for (const starter of starterCadences()) published.push(await publish(`Smoke ${starter.name} ${RUN}`, starter.graph));
      expect(published.map((p) => p.name)).toEqual(starterCadences().map((s) => `Smoke ${s.name} ${RUN}`));
      // No starter runs an A/B split: one small cadence does, so the experiment page has an experiment.
      const experimentId = `smoke-split-${RUN}`;
      const split = await publish(`Smoke A/B split ${RUN}`, splitGraph(experimentId));
      params[':cadenceId'] = published[0]!.cadenceId;
      params[':versionId'] = published[0]!.versionId;

      // A small portfolio: four accounts, two enrolled in the first published cadence.
      for (const [i, id] of ACCOUNT_IDS.entries()) {
        await jsonAnswer(
          await engineer.put(`/api/v1/accounts/${id}`, {
            data: {
              name: `Smoke Person ${i + 1}`,
              phone: `+1555555078${i}`,
              email: `smoke${i + 1}@example.com`,
              balanceCents: 5_000 * (i + 1),
              dueDate: '2026-11-01',
              timezone: afternoonZone(),
              consents: { sms: true, email: true },
            },
          }),
          200,
          201,
        );
      }
      for (const [i, accountId] of ACCOUNT_IDS.entries()) {
        const cadenceId = i < 2 ? published[0]!.cadenceId : split.cadenceId;
        await jsonAnswer(await engineer.post('/api/v1/enrollments', { data: { accountId, cadenceId } }), 201);
      }
      params['accounts/:id'] = ACCOUNT_IDS[0]!;
      params[':accountId'] = ACCOUNT_IDS[0]!;

      // The experiment is listed once its first account reaches the split.
      const listed = async () => (await json<Array<{ experimentId: string }>>(await strategist.get(`/api/v1/experiments?cadenceId=${split.cadenceId}`), 200)).map((e) => e.experimentId);
      // (A loop, not expect.poll: this is set-up, outside any test.)
      for (const deadline = Date.now() + 90_000; !(await listed()).includes(experimentId); ) {
        if (Date.now() > deadline) throw new Error(`experiment ${experimentId} was not listed 90 s after its accounts were enrolled`);
        await new Promise((wait) => setTimeout(wait, 1_000));
      }
      params[':experimentId'] = experimentId;

      // The one-time link pages: an invitation, and a password reset of a person made for it.
      const invited = await json<{ link: string }>(
        await admin.post('/api/v1/invitations', { data: { name: 'Smoke Invitee', email: `invitee-${RUN}@example.com`, role: 'agent' } }),
        201,
      );
      params['invite/:token'] = invited.link.split('/invite/')[1]!;
      const scripted = await json<{ id: string }>(
        await admin.post('/api/v1/users', { data: { name: 'Smoke Reset', email: `reset-${RUN}@example.com`, role: 'agent', password: `smoke-${RUN}-password` } }),
        201,
      );
      const reset = await json<{ link: string }>(await admin.post(`/api/v1/users/${scripted.id}/password-reset`), 201);
      params['reset-password/:token'] = reset.link.split('/reset-password/')[1]!;
    } finally {
      await Promise.all([admin, strategist, officer, engineer].map((api) => api.dispose()));
    }
    session = await openBrowser({ baseURL: inject('productUrl') });
  });
  afterAll(async () => session?.close());

  it('reads the pages from the route table and can fill every route param from the data it made', () => {
    // Sign-in, the list and the editor are always there; each route's URL can be made (or the error names it).
    expect(routes).toEqual(expect.arrayContaining(['/sign-in', '/cadences', '/cadences/:cadenceId']));
    for (const route of routes) expect(fillRoute(route, params)).not.toContain(':');
    // A page added with a param nothing fills fails by name, never skipped.
    expect(() => fillRoute('/imports/:importId', params)).toThrow("cannot fill :importId of the route /imports/:importId: give it a value (as 'imports/:importId' or ':importId')");
  });

  it.each(ROLES)('opens every page as %s: no 5xx answer, nothing it may not read asked, no console error, a heading on each', async (role) => {
    const { page } = session;
    await signIn(session, role);
    const failures: string[] = [];
    const visited: string[] = [];
    for (const route of routes) {
      const url = fillRoute(route, params);
      const serverErrors: string[] = [];
      const forbidden: string[] = [];
      // Paths only: a query string may carry what a log should not.
      const onResponse = (res: Response) => {
        const request = `${res.request().method()} ${new URL(res.url()).pathname}`;
        if (res.status() >= 500) serverErrors.push(`${res.status()} ${request}`);
        if (res.status() === 403) forbidden.push(request);
      };
      page.on('response', onResponse);
      session.problems.length = 0;
      try {
        await page.goto(url);
        // A heading in the page's main landmark (or, for a role that may not see the page, its "Not allowed"
        // message), once nothing in it is still loading.
        const main = page.getByRole('main');
        const notAllowed = main.getByRole('alert').filter({ hasText: /^Not allowed/ });
        await main.getByRole('heading').or(notAllowed).first().waitFor({ timeout: 30_000 });
        await expect.poll(() => main.getByRole('status').filter({ hasText: /^Loading/ }).count(), { timeout: 30_000 }).toBe(0);
        await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
        const heading = (await main.getByRole('heading').count()) ? ((await main.getByRole('heading').first().textContent()) ?? '').trim() : 'Not allowed';
        visited.push(`${route} → ${heading}`);
      } catch (error) {
        failures.push(`${route} (${url}): no heading or "Not allowed" shown: ${(error as Error).message.split('\n')[0]}`);
        await session.screenshot(`smoke-${role}-${route.replace(/[^a-z0-9]+/gi, '-')}`).catch(() => undefined);
      } finally {
        page.off('response', onResponse);
      }
      for (const e of serverErrors) failures.push(`${route} (${url}): the API answered ${e}`);
      // A page asks only for what its role may read: a 403 means it fetched something it should not have
      // (don't issue the query for this role). Chromium also logs it as a console error, caught just below.
      for (const f of forbidden) failures.push(`${route} (${url}): asked ${f}, which the ${role} role may not call (403): don't fetch it for this role`);
      for (const p of session.problems) failures.push(`${route} (${url}): ${p}`);
    }
    console.log(`${role} visited ${visited.length} of ${routes.length} pages:\n  ${visited.join('\n  ')}`);
    expect(failures.join('\n')).toBe('');
  });
});
