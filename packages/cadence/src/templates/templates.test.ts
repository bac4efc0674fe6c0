import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/graph-builder';
import { checkTemplate, formatMoney, renderTemplate } from './index';

describe('message templates', () => {
  it('renders account fields, money and the payment link', () => {
    const body = renderTemplate(
      'Hi {{ account.firstName }}, {{ account.amountDue }} ({{ account.balanceCents | money }}) was due {{ account.dueDate }}, {{ account.dpd }} days ago. Ref …{{ account.lastFour }}. {{ paymentLink }}',
      testAccount(),
      '2026-11-11T15:00:00Z',
    );
    expect(body).toBe('Hi Dana, $123.45 ($123.45) was due 2026-11-01, 10 days ago. Ref …1001. https://pay.example.invalid/a/ACC-1001');
  });

  it('formats money in the account currency', () => {
    expect(formatMoney(123_456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
    expect(renderTemplate('{{ account.amountDue }}', testAccount({ currency: 'GBP', balanceCents: 5_000 }), '2026-11-11T00:00:00Z')).toBe('£50.00');
  });

  it('reads portfolio attributes and takes the collector name and link from the caller', () => {
    const out = renderTemplate('{{ collector.name }}: tier {{ account.attributes.tier }} {{ paymentLink }}', testAccount({ attributes: { tier: 2 } }), '2026-11-11T00:00:00Z', {
      collectorName: 'Acme Recoveries',
      paymentLink: 'https://pay.acme.test/x',
    });
    expect(out).toBe('Acme Recoveries: tier 2 https://pay.acme.test/x');
  });

  it('refuses to render an unknown variable rather than send an empty gap', () => {
    expect(() => renderTemplate('Hi {{ account.nickname }}', testAccount(), '2026-11-11T00:00:00Z')).toThrow(/nickname/);
  });

  it('lists each unknown variable once and accepts known ones and attributes', () => {
    expect(checkTemplate('{{ account.name }} {{ account.attributes.segment }} {{ paymentLink }}')).toEqual([]);
    expect(checkTemplate('{{ acount.name }} {{ acount.name }} {{ total }}')).toEqual([
      { message: 'unknown template variable "acount.name"' },
      { message: 'unknown template variable "total"' },
    ]);
  });

  it('says when a template does not parse, and names unknown filters', () => {
    expect(checkTemplate('{% if account.dpd > 3 %}late')[0]!.message).toMatch(/^template does not parse: /);
    expect(checkTemplate('{{ account.name | shout }}')[0]!.message).toMatch(/^template does not parse: .*shout/);
  });
});
