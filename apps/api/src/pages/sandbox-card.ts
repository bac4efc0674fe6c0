// The sandbox processor's verdict on a card number: Stripe's well-known test numbers behave as at Stripe.
export type CardVerdict = { ok: true } | { ok: false; reason: string };

export function sandboxCardVerdict(card: string): CardVerdict {
  const digits = card.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) return { ok: false, reason: 'the card number is not complete' };
  if (digits === '4000000000000002') return { ok: false, reason: 'your card was declined' };
  if (digits === '4000000000009995') return { ok: false, reason: 'your card has insufficient funds' };
  if (digits === '4000000000000069') return { ok: false, reason: 'your card has expired' };
  return { ok: true };
}
