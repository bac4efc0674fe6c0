// Managing people on the running product, in Debian's Chromium: an admin invites someone on the
// People page and is shown the link to pass on; the invited person opens it in their own browser,
// sets their password and is signed in; they change it on their account page; the admin deactivates
// them, and their open page is signed out at once and cannot sign in again. axe finds nothing on the
// People page, the invitation page or the account page, and no console error is logged.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, openBrowser, signIn, type BrowserSession } from './harness';

async function expectAxeClean(page: Page, what: string) {
  const violations = await axeViolations(page);
  expect(describeViolations(violations), what).toEqual([]);
}

describe('people: invitations and deactivation in the browser', () => {
  let admin: BrowserSession;
  let newcomer: BrowserSession;
  const stamp = Date.now();
  const nia = { name: `Nia New ${stamp}`, email: `nia.${stamp}@kairos.example`, password: `nia-${stamp}-chose-this`, changed: `nia-${stamp}-changed-it` };

  beforeAll(async () => {
    admin = await openBrowser({ baseURL: inject('productUrl') });
    newcomer = await openBrowser({ baseURL: inject('productUrl') });
  });
  afterAll(async () => {
    await admin?.close();
    await newcomer?.close();
  });

  it('invites someone who sets their own password with the link, then deactivates them: signed out at once', async () => {
    // The admin invites Nia as a strategist and is shown the link (no email is sent).
    await signIn(admin, 'admin');
    await admin.page.goto('/users');
    const form = admin.page.getByRole('form', { name: 'Invite someone' });
    await form.getByLabel('Name', { exact: true }).fill(nia.name);
    await form.getByLabel('Email', { exact: true }).fill(nia.email);
    await form.getByLabel('Role', { exact: true }).selectOption('strategist');
    await form.getByRole('button', { name: 'Invite' }).click();
    const linkField = form.getByLabel(`Invitation link for ${nia.name}`);
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(new RegExp(`^${inject('productUrl')}/invite/[A-Za-z0-9_-]{43}$`));
    expect(await form.textContent()).toContain('Kairos sends no email in this setup');
    await admin.page.getByRole('region', { name: 'Invitations not used yet' }).getByRole('rowheader', { name: nia.name }).waitFor();
    await expectAxeClean(admin.page, 'People page with an invitation link shown');
    await admin.screenshot('people-1-invited');

    // Nia opens the link in her own browser, sets a password, and is signed in.
    await newcomer.page.goto(link);
    await newcomer.page.getByRole('heading', { name: 'Join Kairos' }).waitFor();
    await expectAxeClean(newcomer.page, 'invitation page');
    await newcomer.page.getByLabel('New password', { exact: true }).fill(nia.password);
    await newcomer.page.getByLabel('New password again').fill(nia.password);
    await newcomer.page.getByRole('button', { name: 'Join Kairos' }).click();
    await newcomer.page.waitForURL('**/cadences');
    await newcomer.page.getByRole('link', { name: nia.name }).waitFor();
    await newcomer.screenshot('people-2-joined');

    // The link works once.
    const again = await newcomer.context.request.get(`/api/v1/auth/password-links/${link.split('/invite/')[1]}`);
    expect(again.status()).toBe(410);

    // She changes her password on her account page.
    await newcomer.page.getByRole('link', { name: nia.name }).click();
    await newcomer.page.getByRole('heading', { name: 'Your account' }).waitFor();
    await newcomer.page.getByLabel('Current password').fill(nia.password);
    await newcomer.page.getByLabel('New password', { exact: true }).fill(nia.changed);
    await newcomer.page.getByLabel('New password again').fill(nia.changed);
    await newcomer.page.getByRole('button', { name: 'Change password' }).click();
    await newcomer.page.getByText('Your password is changed.').waitFor();
    await expectAxeClean(newcomer.page, 'account page');

    // The admin sees who invited her, and deactivates her.
    await admin.page.reload();
    const row = admin.page.getByRole('row').filter({ has: admin.page.getByRole('rowheader', { name: nia.name }) });
    expect(await row.textContent()).toContain(`Invited by ${inject('productLogins').admin!.name}`);
    await row.getByRole('button', { name: `Deactivate ${nia.name}` }).click();
    await admin.page.getByText(`${nia.name} is deactivated and cannot sign in (1 session ended).`).waitFor();
    await row.getByRole('button', { name: `Reactivate ${nia.name}` }).waitFor();
    await expectAxeClean(admin.page, 'People page with a deactivated person');
    await admin.screenshot('people-3-deactivated');

    // Her open page is signed out on its next request, and signing in again is refused with the reason.
    await newcomer.page.goto('/cadences');
    await newcomer.page.waitForURL('**/sign-in?next=*');
    await newcomer.page.getByLabel('Email').fill(nia.email);
    await newcomer.page.getByLabel('Password').fill(nia.changed);
    await newcomer.page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(async () => newcomer.page.getByRole('alert').textContent()).toBe('This account is deactivated: ask an admin to reactivate it.');
    await newcomer.screenshot('people-4-refused');

    // The browser logs the refusals it was answered (401 for the ended session, 403 for the sign-in); nothing else.
    const expected = (p: string) => /\b(401|403|410) \((Unauthorized|Forbidden|Gone)\)/.test(p);
    expect(admin.problems).toEqual([]);
    expect(newcomer.problems.filter((p) => !expected(p))).toEqual([]);
  }, 240_000);
});
