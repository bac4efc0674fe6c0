// The page behind an email's unsubscribe link: a confirmation button (GET), the result (POST).
// Server-rendered, no script; hono/html escapes every interpolated value.
import { html } from 'hono/html';
import { page } from './checkout-page';

const NOTE = 'You can also call us to change how we contact you.';

/** Show where emails go, without giving the whole address to whoever holds the link. */
export const maskEmail = (email: string) => email.replace(/^(.)[^@]*(@.*)$/, (_m, first: string, domain: string) => `${first}…${domain}`);

export const confirmView = (token: string, email: string | null) =>
  page(
    'Unsubscribe',
    html`<h1>Stop emails from us?</h1>
<p>We will send no more emails${email ? html` to <strong>${maskEmail(email)}</strong>` : ''} about this account. Other ways we may contact you are not changed.</p>
<form method="post" action="/unsubscribe/${token}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe from emails</button></form>`,
    NOTE,
  );

export const doneView = (email: string | null, already: boolean) =>
  page(
    'Unsubscribed',
    html`<h1>You are unsubscribed</h1><p class="ok">${already ? 'You had already unsubscribed: ' : ''}We will send no more emails${email ? html` to ${maskEmail(email)}` : ''} about this account.</p>`,
    NOTE,
  );

export const refusedView = (message: string) => page('Unsubscribe link not valid', html`<h1>We cannot use this link</h1><p class="warn">${message}</p>`, NOTE);
