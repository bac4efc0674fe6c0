// Compliance review end to end, against the real product started by `kairos start`, in Debian's
// Chromium: an admin invites a second strategist; a strategist starts from the four-tier starter,
// publishes it, edits a message and a call window and submits; the second strategist follows it; a
// compliance officer reads the diff in Monaco's diff editor and the findings and requests changes;
// the fix is resubmitted; an author turned officer is refused; the officer approves; the strategist
// publishes; the audit log shows it all with the hashes and exports it as CSV. No console errors.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { request, type Locator, type Page } from 'playwright-core';
import { apiAs, openBrowser, signIn, type BrowserSession } from './harness';

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\u00a0/g, ' ');

/** Type at the end of the selected step's message in Monaco, as a person would. */
/** The publish confirmation of a rule-triggered draft: it says how many accounts the rule enrolls now; publish. */
async function confirmPublishing(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Publish and enroll?' });
  await dialog.waitFor({ timeout: 20_000 });
  expect(await text(dialog)).toMatch(/(\d[\d,]* accounts? match|No account matches) the entry rule now/);
  await dialog.getByRole('button', { name: 'Publish and enroll' }).click();
}

async function appendToMessage(page: Page, nodeId: string, addition: string) {
  await node(page, nodeId).click();
  const editor = page.locator('.config-panel .monaco-editor').first();
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(addition);
  await page.keyboard.press('Escape'); // close the completion list
}

/** Replace a step's whole config in its JSON editor (Monaco closes the brace itself), then back to the form. */
async function setConfigJson(page: Page, settings: Locator, json: string) {
  const asJson = settings.getByRole('switch', { name: 'Edit as JSON' });
  await asJson.click();
  await settings.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(json);
  await asJson.click(); // the view is remembered for the next step: leave it as the form
}

const callWindow = (from: string) => `{ "mode": "window", "days": ["mon", "tue", "wed", "thu", "fri"], "from": "${from}", "to": "12:00" `;

describe('compliance review in the browser', () => {
  let session: BrowserSession;
  const stamp = Date.now();
  const name = `E2E four-tier ${stamp}`;
  const riley = { name: 'Riley Second', email: `riley.${stamp}@kairos.example`, password: `riley-${stamp}-password` };
  const logins = () => inject('productLogins');

  /** Sign the browser in as someone who is not a demo login (made on the people page). */
  async function signInWith(email: string, password: string) {
    const base = inject('productUrl');
    const res = await session.context.request.post(`${base}/api/v1/auth/sign-in`, { data: { email, password }, headers: { origin: base } });
    expect(res.status(), await res.text()).toBe(200);
  }
  const openCadence = async (page: Page) => {
    await page.goto('/cadences');
    await page.getByRole('link', { name }).click();
    await node(page, 'start').waitFor();
  };

  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
  });
  afterAll(async () => session?.close());

  it('takes a cadence from a starter through review, changes requested, approval and publishing, all in the audit log', async () => {
    const { page } = session;

    // An admin invites a second strategist, who sets a password with the link; the only admin cannot be demoted.
    await signIn(session, 'admin');
    await page.goto('/cadences');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByLabel('Name', { exact: true }).fill(riley.name);
    await page.getByLabel('Email', { exact: true }).fill(riley.email);
    await page.getByLabel('Role', { exact: true }).selectOption('strategist');
    await page.getByRole('button', { name: 'Invite' }).click();
    await page.getByText(`${riley.name} is invited as Strategist.`).waitFor();
    const invitation = await page.getByLabel(`Invitation link for ${riley.name}`).inputValue();
    // Riley uses the link from elsewhere (a request context of its own, so the admin stays signed in here).
    const elsewhere = await request.newContext({ baseURL: inject('productUrl'), extraHTTPHeaders: { origin: inject('productUrl') } });
    try {
      const joined = await elsewhere.post(`/api/v1/auth/password-links/${invitation.split('/invite/')[1]}`, { data: { password: riley.password } });
      expect(joined.status(), await joined.text()).toBe(200);
    } finally {
      await elsewhere.dispose();
    }
    await page.reload();
    await page.getByRole('combobox', { name: `Role of ${riley.name}` }).waitFor();
    const adminName = logins().admin!.name;
    await page.getByRole('combobox', { name: `Role of ${adminName}` }).selectOption('strategist');
    await expect.poll(() => text(page.getByRole('alert'))).toBe('Role not changed: This is the last admin: make someone else an admin first.');
    expect(await page.getByRole('combobox', { name: `Role of ${adminName}` }).inputValue()).toBe('admin');
    await session.screenshot('review-1-people');

    // A strategist starts from the four-tier starter: it opens valid and lint-clean.
    await signIn(session, 'strategist');
    await page.goto('/cadences');
    await page.getByRole('button', { name: 'New cadence' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New cadence' });
    await dialog.getByRole('radio', { name: /^Four-tier collections/ }).check();
    expect(await dialog.getByRole('img', { name: /^Shape of Four-tier collections: \d+ steps$/ }).count()).toBe(1);
    await session.screenshot('review-2-new-cadence-dialog');
    await dialog.getByLabel('Name of the new cadence').fill(name);
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await node(page, 'start').waitFor();
    await page.getByText('No problems: this cadence can be published.').waitFor({ timeout: 20_000 });

    // Version 1 goes live as the starter came (its review is not the subject here: approved through the API).
    const submit = page.getByRole('button', { name: 'Submit for review' });
    await submit.click();
    await page.getByRole('status', { name: 'Review state: In review' }).waitFor({ timeout: 15_000 });
    const cadenceId = page.url().split('/cadences/')[1]!.split(/[/?]/)[0]!;
    const officerApi = await apiAs('compliance_officer');
    try {
      const [first] = (await (await officerApi.get(`/api/v1/cadences/${cadenceId}/reviews`)).json()) as Array<{ id: string; hash: string }>;
      expect((await officerApi.post(`/api/v1/reviews/${first!.id}/approve`, { data: { hash: first!.hash } })).status()).toBe(200);
    } finally {
      await officerApi.dispose();
    }
    await page.getByRole('status', { name: 'Review state: Approved' }).waitFor({ timeout: 15_000 });
    // The starter's Entry enrolls by rule: publishing asks first, saying how many accounts it enrolls now.
    await page.getByRole('button', { name: 'Publish' }).click();
    await confirmPublishing(page);
    await page.getByText('Version 1 is published.').waitFor({ timeout: 20_000 });

    // Then edits a message and the tier-1 call window (now partly before 08:00: the lint warns) and submits.
    await appendToMessage(page, 't1-pre-sms', ' Questions? Call {{ collector.phone }}.');
    await node(page, 't1-call-wait').click();
    await setConfigJson(page, page.getByRole('complementary', { name: /^Settings of Wait t1-call-wait/ }), callWindow('07:30'));
    const problems = page.getByRole('list', { name: 'Problems' });
    await expect.poll(() => text(problems), { timeout: 15_000 }).toMatch(/Compliance warning: .*\(t1-call-wait\): the call step .* partly outside the permitted hours/);
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 15_000 });
    await submit.click();
    await page.getByRole('status', { name: 'Review state: In review' }).waitFor({ timeout: 15_000 });

    // The second strategist sees it in review.
    await signInWith(riley.email, riley.password);
    await openCadence(page);
    await page.getByRole('status', { name: 'Review state: In review' }).waitFor();
    const reviewPanel = page.getByRole('region', { name: 'Review', exact: true });
    await expect.poll(() => text(reviewPanel)).toMatch(/Waiting for a decision/);
    await session.screenshot('review-3-second-strategist');

    // The compliance officer opens it from the queue: the changed message side by side in Monaco's diff editor, the finding at its step.
    await signIn(session, 'compliance_officer');
    await page.goto('/cadences');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
    await page.getByRole('link', { name: `Open the review of ${name}` }).click();
    await page.getByRole('heading', { name: `Review of ${name}` }).waitFor();
    const reviewUrl = page.url();
    const reviewId = reviewUrl.split('/reviews/')[1]!;
    await expect.poll(() => text(page.getByRole('region', { name: 'Changes', exact: true }))).toContain('2 steps changed, 0 added, 0 removed, 0 arrows rewired');
    await page.getByRole('list', { name: 'Changed steps' }).getByRole('button', { name: /\(t1-pre-sms\)$/ }).click();
    await expect.poll(() => node(page, 't1-pre-sms').getAttribute('class')).toMatch(/review-changed/);
    const diff = page.getByRole('region', { name: 'Message of t1-pre-sms' });
    const monacoDiff = diff.locator('.monaco-diff-editor');
    await monacoDiff.waitFor();
    await expect.poll(() => text(monacoDiff.locator('.editor.modified .view-lines'))).toContain('Questions? Call {{ collector.phone }}.');
    expect(await text(monacoDiff.locator('.editor.original .view-lines'))).not.toContain('Questions?');
    expect(await text(monacoDiff.locator('.editor.original .view-lines'))).toContain('Reply STOP to opt out.');
    const findings = page.getByRole('list', { name: 'Compliance findings' });
    await expect.poll(() => text(findings)).toMatch(/^Warning: .*\(t1-call-wait\) · window: the call step .* between 07:30 and 12:00 local time, partly outside/);
    await session.screenshot('review-4-officer-diff');
    await findings.getByRole('button').first().click();
    await page.getByRole('heading', { name: /\(t1-call-wait\)\s*Changed$/ }).waitFor();
    await page.getByLabel('Comment on t1-call-wait').fill('Calls may not start before 08:00.');
    await page.getByLabel('About').selectOption('window');
    await page.getByRole('button', { name: 'Add comment' }).first().click();
    await page.getByText('Comment added.').waitFor();
    await page.getByLabel('Comment (required to request changes)').fill('Start the call window at 08:00; the new SMS line is fine.');
    await page.getByRole('button', { name: 'Request changes' }).click();
    await page.getByRole('status', { name: 'Review status: Changes requested' }).waitFor();
    await session.screenshot('review-5-changes-requested');

    // The second strategist reads the comments in the editor, fixes the window and submits again.
    await signInWith(riley.email, riley.password);
    await openCadence(page);
    await page.getByRole('status', { name: 'Review state: Changes requested' }).waitFor();
    const comments = page.getByRole('list', { name: 'Review comments' });
    await expect.poll(() => text(comments)).toMatch(/Calls may not start before 08:00\..*Start the call window at 08:00/);
    await comments.getByRole('button', { name: 'Show step t1-call-wait' }).click();
    const waitSettings = page.getByRole('complementary', { name: /^Settings of Wait t1-call-wait/ });
    await setConfigJson(page, waitSettings, callWindow('08:00'));
    await expect.poll(() => text(page.getByRole('heading', { name: /^Problems/ })), { timeout: 15_000 }).toMatch(/0 errors, 0 warnings/);
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('status', { name: 'Review state: In review' }).waitFor({ timeout: 15_000 });

    // The admin moves the second strategist to compliance; as an author of this version they may still not approve it.
    await signIn(session, 'admin');
    await page.goto('/users');
    await page.getByRole('combobox', { name: `Role of ${riley.name}` }).selectOption('compliance_officer');
    await page.getByText('Now Compliance officer.').waitFor();
    await signInWith(riley.email, riley.password);
    await page.goto('/reviews');
    await page.getByRole('link', { name: `Open the review of ${name}` }).click();
    await page.getByRole('heading', { name: `Review of ${name}` }).waitFor();
    const resubmittedUrl = page.url();
    expect(resubmittedUrl).not.toBe(reviewUrl);
    await expect.poll(() => text(page.getByRole('note'))).toBe('You are an author of this version: another compliance officer must approve it.');
    expect(await page.getByRole('button', { name: 'Approve' }).isDisabled()).toBe(true);
    const { hash } = (await (await page.request.get(`/api/v1/reviews/${resubmittedUrl.split('/reviews/')[1]}`)).json()) as { hash: string };
    const refused = await page.request.post(`/api/v1/reviews/${resubmittedUrl.split('/reviews/')[1]}/approve`, { data: { hash }, headers: { origin: inject('productUrl') } });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'author_cannot_approve' });
    await session.screenshot('review-6-author-refused');

    // The compliance officer approves the resubmission, bound to its hash.
    await signIn(session, 'compliance_officer');
    await page.goto(resubmittedUrl);
    await expect.poll(() => text(page.getByRole('region', { name: 'Changes', exact: true }))).toContain('2 steps changed');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('status', { name: 'Review status: Approved' }).waitFor();

    // The strategist publishes; the version history names the people.
    await signIn(session, 'strategist');
    await openCadence(page);
    await page.getByRole('status', { name: 'Review state: Approved' }).waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await confirmPublishing(page);
    await page.getByText('Version 2 is published.').waitFor({ timeout: 20_000 });
    const versions = page.getByRole('region', { name: 'Versions' });
    await expect
      .poll(() => text(versions))
      .toContain(`Version 2 published by ${logins().strategist!.name}, approved by ${logins().compliance_officer!.name}`);
    const [v2] = (await (await page.request.get(`/api/v1/cadences/${cadenceId}/versions`)).json()) as Array<{ hash: string }>;
    expect(v2!.hash).toBe(hash);

    // The audit log: submits, the comment, the decisions and the publishes, with their hashes; and its CSV.
    await signIn(session, 'compliance_officer');
    await page.goto('/cadences');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByLabel('Cadence', { exact: true }).selectOption({ label: name });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const log = page.getByRole('table', { name: 'Audit entries, newest first' });
    const actions = () => log.locator('tbody tr td:nth-child(2)').allTextContents();
    await expect.poll(actions).toEqual([
      'Published',
      'Approved',
      'Submitted for review',
      'Requested changes',
      'Commented',
      'Submitted for review',
      'Published',
      'Approved',
      'Submitted for review',
    ]);
    expect(await log.locator('tbody tr').first().locator('code').getAttribute('title')).toBe(hash);
    await session.screenshot('review-7-audit-log');
    await page.getByLabel('Content hash (or its start)').fill(hash.slice(0, 12));
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(actions).toEqual(['Published', 'Approved', 'Submitted for review']);
    await page.getByLabel('Content hash (or its start)').fill('');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(async () => (await actions()).length).toBe(9);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^kairos-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await file.path())!, 'utf8').trim().split('\n');
    expect(csv[0]).toBe('id,at,action,actorId,actorEmail,actorRole,cadenceId,reviewId,versionId,enrollmentId,hash,subjectUserId,detail');
    const rows = csv.slice(1).map((line) => line.split(','));
    expect(rows.map((r) => r[2])).toEqual(['submit', 'approve', 'publish', 'submit', 'comment', 'request_changes', 'submit', 'approve', 'publish']);
    expect(rows.at(-1)![10]).toBe(hash);
    expect(rows.every((r) => r[6] === cadenceId)).toBe(true);
    await page.getByText(`Saved ${file.suggestedFilename()}.`).waitFor();

    // The only console errors are the refusal the admin was shown (the browser logs the 409 it answered).
    expect(session.problems.filter((p) => !(/409 \(Conflict\)/.test(p) && p.includes('/api/v1/users/')))).toEqual([]);
    expect(reviewId).not.toBe('');
  }, 300_000);
});
