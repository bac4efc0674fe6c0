// The account page in Chromium against the real product: a strategist sees one view of the customer
// (every section, who changed a consent, the enrollment with a link to its live view) and may enroll but
// not record facts; an agent opens an account by its exact id, records an opt-out, and sees it land in the
// history under their own name; neither sees an error in the console.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { afternoonZone } from '@kairos/testkit';
import { apiAs, openBrowser, signIn, type BrowserSession } from './harness';

const SECTIONS = ['Profile', 'Consents and compliance', 'Ledger', 'Contact attempts', 'Enrollments', 'Agent tasks and notes'];

describe('the account page', () => {
  let session: BrowserSession;
  const accountId = `AV-${Date.now()}`;
  let officerEmail = '';

  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
    const engineer = await apiAs('engineer');
    const officer = await apiAs('compliance_officer');
    try {
      const cadences = (await (await engineer.get('/api/v1/cadences')).json()) as Array<{ id: string; name: string }>;
      const demo = cadences.find((c) => c.name === 'Three reminders (demo)')!;
      const account = await engineer.put(`/api/v1/accounts/${accountId}`, {
        data: {
          name: 'Morgan Story',
          consumerId: `P-${accountId}`,
          phones: [
            { number: '+15555550188', type: 'mobile', consents: { sms: true } },
            { number: '+15555550189', type: 'work', consents: {} },
          ],
          email: 'morgan@example.com',
          balanceCents: 40_000,
          dueDate: '2026-11-01',
          timezone: afternoonZone(),
          consents: { sms: true, email: true },
          attributes: { tier: 'mid' },
          doNotContactAtWork: true,
        },
      });
      expect(account.ok(), await account.text()).toBe(true);
      const enrolled = await engineer.post('/api/v1/enrollments', { data: { accountId, cadenceId: demo.id } });
      expect(enrolled.status(), await enrolled.text()).toBe(201);
      const changed = await officer.patch(`/api/v1/accounts/${accountId}/compliance`, { data: { inconvenientTimes: [{ from: '12:00', to: '13:00' }] } });
      expect(changed.status(), await changed.text()).toBe(200);
      officerEmail = ((await (await officer.get('/api/v1/auth/session')).json()) as { user: { email: string } }).user.email;
    } finally {
      await engineer.dispose();
      await officer.dispose();
    }
  });
  afterAll(async () => session?.close());

  it("shows a strategist every section, who changed a consent, and the enrollment's live view; enrolling, not recording facts", async () => {
    const { page } = session;
    await signIn(session, 'strategist');
    await page.goto(`/accounts/${accountId}`);
    await page.getByRole('heading', { name: /^Morgan Story/ }).waitFor();
    for (const name of SECTIONS) await page.getByRole('region', { name }).waitFor();
    const profile = page.getByRole('region', { name: 'Profile' });
    expect(await profile.getByRole('table', { name: 'Phones' }).textContent()).toMatch(/\+15555550189.*work/);
    const compliance = page.getByRole('region', { name: 'Consents and compliance' });
    expect(await compliance.getByRole('table').textContent()).toContain(officerEmail);
    const enrollments = page.getByRole('region', { name: 'Enrollments' });
    // The product is shared with other tests, which may enroll the same demo account elsewhere: read this enrollment's link.
    const demoEnrollment = enrollments.getByRole('article', { name: 'Enrollment in Three reminders (demo)' }).first();
    await demoEnrollment.waitFor();
    expect(await demoEnrollment.getByRole('link', { name: 'Open in the live view' }).getAttribute('href')).toMatch(/^\/cadences\/[^/]+\/versions\/[^?]+\?enrollment=/);
    await page.getByRole('form', { name: 'Enroll in a cadence' }).waitFor();
    expect(await page.getByRole('form', { name: 'Record a fact' }).count()).toBe(0);
    await session.screenshot('account-strategist');
    expect(session.problems).toEqual([]);
  });

  it('lets an agent open the account by its id, record an opt-out, and see it under their name', async () => {
    const { page } = session;
    const agent = await signIn(session, 'agent');
    await page.goto(`/accounts/${accountId}`);
    await page.getByRole('heading', { name: /^Morgan Story/ }).waitFor();
    for (const name of SECTIONS) await page.getByRole('region', { name }).waitFor();
    expect(await page.getByRole('form', { name: 'Enroll in a cadence' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Open in the live view' }).count()).toBe(0);
    const form = page.getByRole('form', { name: 'Record a fact' });
    await form.getByRole('combobox', { name: 'The holder' }).selectOption('opt_out');
    await form.getByRole('combobox', { name: 'Channel' }).selectOption('email');
    await form.getByRole('button', { name: 'Record' }).click();
    await form.getByRole('status').waitFor();
    const history = page.getByRole('region', { name: 'Consents and compliance' }).getByRole('table');
    await expect.poll(() => history.textContent()).toContain(agent.email);
    expect(await history.textContent()).toMatch(/optOuts → \["email"\]/);
    await session.screenshot('account-agent');
    expect(session.problems).toEqual([]);
  });

  it('says an account the reader cannot read is not there', async () => {
    const { page } = session;
    await signIn(session, 'strategist');
    await page.goto('/accounts/NO-SUCH-ACCOUNT');
    await page.getByRole('heading', { name: 'No account NO-SUCH-ACCOUNT that you read' }).waitFor();
  });
});
