// The sandbox checkout page behind payment links (`/pay/<token>`): server-rendered HTML, no script.
// hono/html escapes every interpolated value, so names and reasons cannot inject markup.
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { addressLine, licenceFor, phoneForReading, type CollectorIdentity } from '@kairos/cadence';
import { formatMoney } from '@kairos/cadence/templates';
import type { PaymentOfferRow, PlanInstallmentRow } from '@kairos/db';

export interface CheckoutView {
  token: string;
  offer: PaymentOfferRow;
  account: { firstName: string; lastFour: string; balanceCents: number; currency: string; state?: unknown };
  schedule: PlanInstallmentRow[];
  /** A fresh id for this form: submitting it twice pays once. */
  attempt: string;
  result?: { kind: 'paid'; amountCents: number; balanceCents: number } | { kind: 'declined'; reason: string } | { kind: 'plan_accepted' } | { kind: 'invalid'; message: string };
  /** Who collects the account (its portfolio's identity); absent when the portfolio has none. */
  collector?: CollectorIdentity | undefined;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1f2933}main{max-width:32rem;margin:2rem auto;background:#fff;border-radius:12px;padding:1.5rem 2rem;box-shadow:0 1px 3px #0002}
h1{font-size:1.4rem;margin:.2rem 0 1rem}.note{color:#52606d;font-size:.9rem}.ok{background:#e3f9e5;border-left:4px solid #31b237;padding:.6rem 1rem}.warn{background:#fff3c4;border-left:4px solid #f0b429;padding:.6rem 1rem}
label{display:block;margin:.8rem 0 .2rem;font-weight:600}input[type=text],input[type=number]{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}fieldset{border:1px solid #cbd2d9;border-radius:8px;margin:1rem 0}
button{background:#0f766e;color:#fff;border:0;border-radius:8px;padding:.7rem 1.4rem;font-size:1rem;margin-top:1rem;cursor:pointer}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem;border-bottom:1px solid #e4e7eb}`;

const CHECKOUT_NOTE = 'Sandbox checkout: no money moves. Test cards: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined, 4000 0000 0000 9995 has insufficient funds.';

/** A whole page of Kairos's server-rendered pages (checkout, outbox), with a note at its foot; `brand` follows the title (the collector's name). */
export function page(title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>, note = CHECKOUT_NOTE, brand?: string) {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${brand ? `${title} · ${brand}` : title}</title><style>${raw(STYLE)}</style></head><body><main>${body}
<p class="note">${note}</p></main></body></html>`;
}

/** How to reach the collector, in a sentence that ends a message ("call us at …"), or where else to look when the portfolio names none. */
const callUs = (c: CollectorIdentity | undefined) => (c ? html`call us at <a href="tel:${c.phone}">${phoneForReading(c.phone)}</a> (${c.hours})` : html`call the number in your message`);

/**
 * Who collects: the names, mailing address, phone, hours, website and licence a consumer may need
 * (the licence for their state when the account names one, else every licence the collector holds).
 */
export function collectorSection(c: CollectorIdentity | undefined, state?: unknown) {
  if (!c) return html``;
  const forState = licenceFor(c, state);
  const licences = forState ? [forState] : c.licences.map((l) => licenceFor(c, l.state)!);
  return html`<section aria-labelledby="collector-h"><h2 id="collector-h">Who we are</h2>
<p>${c.displayName}${c.displayName === c.legalName ? '' : html` (${c.legalName})`} is a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.</p>
<address>${c.legalName}<br>${addressLine(c.mailingAddress)}<br>Phone: <a href="tel:${c.phone}">${phoneForReading(c.phone)}</a>, ${c.hours}<br>Website: <a href="${c.website}">${c.website}</a></address>
${licences.length ? html`<p class="note">${licences.join('; ')}</p>` : html``}</section>`;
}

const money = (cents: number, currency: string) => formatMoney(cents, currency);

/** What this offer asks to pay now: the settlement, the next installment, or the link amount (editable: partial payments are fine). */
export function amountDue(v: Pick<CheckoutView, 'offer' | 'account' | 'schedule'>): { cents: number; fixed: boolean } {
  if (v.offer.kind === 'discount') return { cents: v.offer.amountCents, fixed: true };
  if (v.offer.kind === 'plan') {
    const next = v.schedule.find((i) => i.status !== 'paid');
    return { cents: next ? next.amountCents - next.paidCents : v.account.balanceCents, fixed: false };
  }
  return { cents: Math.min(v.offer.amountCents, v.account.balanceCents) || v.account.balanceCents, fixed: false };
}

function resultBanner(v: CheckoutView) {
  const r = v.result;
  if (!r) return html``;
  if (r.kind === 'paid') {
    return html`<p class="ok" role="status">Thank you! We received your payment of ${money(r.amountCents, v.account.currency)}. ${r.balanceCents === 0 ? 'Your account is paid in full.' : `Remaining balance: ${money(r.balanceCents, v.account.currency)}.`} A receipt is on its way to you.</p>`;
  }
  if (r.kind === 'plan_accepted') return html`<p class="ok" role="status">Your payment plan is set up. You can pay the first installment now or by its due date.</p>`;
  if (r.kind === 'declined') {
    return html`<p class="warn" role="alert">Your payment did not go through: ${r.reason}. Nothing else changed. You can try another card, or pay by bank transfer below, or ${callUs(v.collector)}.</p>`;
  }
  return html`<p class="warn" role="alert">${r.message}</p>`;
}

function planSection(v: CheckoutView) {
  const o = v.offer;
  if (o.kind !== 'plan') return html``;
  const rows = v.schedule.length
    ? v.schedule.map((i) => html`<tr><td>${i.seq}</td><td>${i.dueDate}</td><td>${money(i.amountCents, v.account.currency)}</td><td>${i.status}</td></tr>`)
    : [html`<tr><td colspan="4">${o.installments} × ${money(o.installmentCents ?? 0, v.account.currency)}, ${o.frequency}, first on ${o.firstDueDate}</td></tr>`];
  const accept =
    o.status === 'open'
      ? html`<form method="post" action="/pay/${v.token}/accept-plan"><button type="submit">Accept this plan</button></form>`
      : html``;
  return html`<h2>Payment plan</h2><table aria-label="Installments"><thead><tr><th>#</th><th>Due</th><th>Amount</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>${accept}`;
}

export function checkoutPage(v: CheckoutView) {
  const { offer, account } = v;
  const due = amountDue(v);
  const headline =
    offer.kind === 'discount'
      ? html`<p>Settle your balance of ${money(account.balanceCents, account.currency)} for <strong>${money(offer.amountCents, account.currency)}</strong> (${offer.percent}% off) if you pay by ${offer.expiresAt.toISOString().slice(0, 10)}.</p>`
      : html`<p>Balance on account ending ${account.lastFour}: <strong>${money(account.balanceCents, account.currency)}</strong>.</p>`;
  const payable = account.balanceCents > 0 && (offer.kind !== 'plan' || offer.status === 'accepted');
  const form = payable
    ? html`<form method="post" action="/pay/${v.token}/pay">
<input type="hidden" name="attempt" value="${v.attempt}">
<label for="amount">Amount (${account.currency})</label>
<input id="amount" name="amount" type="text" inputmode="decimal" value="${(due.cents / 100).toFixed(2)}" ${due.fixed ? raw('readonly') : ''} aria-describedby="amount-help">
<p id="amount-help" class="note">${due.fixed ? 'The settlement amount.' : 'You can pay part of it now.'}</p>
<fieldset><legend>How to pay</legend>
<label><input type="radio" name="method" value="card" checked> Card</label>
<label for="card">Card number</label><input id="card" name="card" type="text" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242">
<label><input type="radio" name="method" value="bank"> Bank transfer (ACH)</label>
<label for="bank">Account number</label><input id="bank" name="bank" type="text" inputmode="numeric" placeholder="000123456789">
</fieldset>
<button type="submit">Pay</button></form>`
    : account.balanceCents === 0
      ? html`<p class="ok">Nothing is owed on this account. Thank you!</p>`
      : html``;
  return page(
    'Pay your balance',
    html`<h1>Hi ${account.firstName}</h1>${resultBanner(v)}${headline}${planSection(v)}${form}${collectorSection(v.collector, account.state)}`,
    undefined,
    v.collector?.displayName,
  );
}

export const goneView = (what: string, collector: CollectorIdentity | undefined) =>
  page(
    'Link expired',
    html`<h1>This link can no longer be used</h1><p class="warn" role="alert">${what} To pay, ${callUs(collector)} or ask for a new link.</p>${collectorSection(collector)}`,
    undefined,
    collector?.displayName,
  );
