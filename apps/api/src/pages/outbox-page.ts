// The sandbox outbox as a page (`/sandbox/outbox`): what the sandbox provider "sent", the contact
// attempt's status, and buttons to do what a carrier or customer would (deliver, fail, bounce, reply).
import { html } from 'hono/html';
import type { ContactAttemptRow, OutboxRow } from '@kairos/db';
import { page } from './checkout-page';

export interface OutboxView {
  rows: Array<{ message: OutboxRow; attempt: ContactAttemptRow | null }>;
  accountId?: string;
  canAct: boolean;
  notice?: string;
}

function actions(m: OutboxRow) {
  const receipt = (status: string, label: string) =>
    html`<form method="post" action="/sandbox/outbox/${m.id}/receipt" style="display:inline"><input type="hidden" name="status" value="${status}"><button type="submit" aria-label="${label} (message to ${m.recipient})">${label}</button></form>`;
  const reply =
    m.channel === 'sms' || m.channel === 'whatsapp' || m.channel === 'email'
      ? html`<form method="post" action="/sandbox/outbox/${m.id}/reply"><label for="reply-${m.id}">Reply as the customer</label><input id="reply-${m.id}" name="text" type="text" placeholder="STOP"><button type="submit">Send reply</button></form>`
      : html``;
  return html`${receipt('delivered', 'Delivered')} ${receipt('failed', 'Failed')} ${receipt('bounced', 'Bounced')}${reply}`;
}

export function outboxPage(v: OutboxView) {
  const rows = v.rows.map(
    ({ message: m, attempt }) => html`<article aria-label="Message to ${m.recipient}" style="border-top:1px solid #e4e7eb;padding:.6rem 0">
<p><strong>${m.channel}</strong> to ${m.recipient} · account ${m.accountId} · ${m.createdAt.toISOString()} · status <strong>${attempt?.status ?? 'unknown'}</strong>${attempt?.error ? html` (${attempt.error})` : ''}</p>
${m.subject ? html`<p><em>${m.subject}</em></p>` : ''}<p style="white-space:pre-wrap">${m.body}</p>${v.canAct ? actions(m) : ''}</article>`,
  );
  const empty = html`<p>Nothing was sent${v.accountId ? ` to account ${v.accountId}` : ''} yet. Enroll an account in a published cadence and its messages appear here.</p>`;
  return page(
    'Sandbox outbox',
    html`<h1>Sandbox outbox</h1>${v.notice ? html`<p class="ok" role="status">${v.notice}</p>` : ''}
<form method="get" action="/sandbox/outbox"><label for="account">Account</label><input id="account" name="accountId" type="text" value="${v.accountId ?? ''}"><button type="submit">Filter</button></form>
${v.rows.length ? rows : empty}`,
    'Sandbox provider: nothing leaves Kairos. Receipts and replies made here take the same path as a real provider\'s webhooks.',
  );
}
