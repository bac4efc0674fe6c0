import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/graph-builder';
import { checkTemplate, formatMoney, renderTemplate, TEMPLATE_FILTERS } from './index';

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

  it('lists each unknown variable once, with every place it is used, and accepts known ones and attributes', () => {
    expect(checkTemplate('{{ account.name }} {{ account.attributes.segment }} {{ paymentLink }}')).toEqual([]);
    const source = '{{ acount.name }} {{ acount.name }} {{ total }}';
    expect(checkTemplate(source)).toEqual([
      { message: 'unknown template variable "acount.name"', start: 3, end: 14, ranges: [{ start: 3, end: 14 }, { start: 21, end: 32 }] },
      { message: 'unknown template variable "total"', start: 39, end: 44, ranges: [{ start: 39, end: 44 }] },
    ]);
    expect(source.slice(21, 32)).toBe('acount.name');
  });

  it('places unknown variables on later lines and inside tags at their exact characters', () => {
    const source = 'Hello,\n  {% if account.dpd > 3 %}{{ nope.x }}{% endif %}\n{% for v in account.nope %}{{ v }}{% endfor %}';
    const found = checkTemplate(source).map((p) => source.slice(p.start, p.end));
    expect(found).toEqual(['nope.x', 'account.nope']);
  });

  it('takes variables assigned in the template itself as known', () => {
    expect(checkTemplate('{% assign due = account.amountDue %}{{ due }} {% capture x %}hi{% endcapture %}{{ x }}')).toEqual([]);
  });

  it('says when a template does not parse, at the tag at fault, and names unknown filters at the filter', () => {
    const unclosed = checkTemplate('Hi {% if account.dpd > 3 %}late');
    expect(unclosed[0]!.message).toMatch(/^template does not parse: /);
    expect(unclosed[0]).toMatchObject({ start: 3, end: 27 });
    const source = '{{ account.name | shout }}';
    const [filter] = checkTemplate(source);
    expect(filter!.message).toMatch(/^template does not parse: .*shout/);
    expect(source.slice(filter!.start, filter!.end)).toBe('shout');
    const [open] = checkTemplate('a\n{{ account.name ');
    expect(open!.message).toMatch(/not closed/);
    expect(open!.start).toBe(2);
  });

  it('offers for completion exactly the filters the engine accepts, money first among the described ones', () => {
    expect(TEMPLATE_FILTERS.map((f) => f.name)).toContain('money');
    for (const { name } of TEMPLATE_FILTERS) expect(checkTemplate(`{{ account.balanceCents | ${name} }}`).map((p) => p.message).join()).not.toMatch(/undefined filter/);
    expect(TEMPLATE_FILTERS.find((f) => f.name === 'money')!.description).toMatch(/\$123\.45/);
  });
});
