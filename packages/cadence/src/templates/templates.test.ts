import { describe, expect, it } from 'vitest';
import type { CollectorIdentity } from '../collector/identity';
import { testAccount } from '../testing/graph-builder';
import { checkTemplate, formatMoney, renderTemplate, templateContext, templateVariables, TEMPLATE_FILTERS } from './index';

const acme: CollectorIdentity = {
  legalName: 'Acme Recoveries Holdings LLC',
  displayName: 'Acme Recoveries',
  phone: '+13125550199',
  mailingAddress: { line1: '12 Lake Street', city: 'Chicago', state: 'IL', postalCode: '60601-1234' },
  hours: 'Mon–Fri 9–5 CT',
  website: 'https://acme-recoveries.test',
  licences: [
    { state: 'NY', number: '2091234-DCA' },
    { state: 'IL', number: '017.020876' },
  ],
};

describe('message templates', () => {
  it('renders account fields, money and the payment link', () => {
    const body = renderTemplate(
      'Hi {{ account.firstName }}, {{ account.amountDue }} ({{ account.balanceCents | money }}) was due {{ account.dueDate }}, {{ account.dpd }} days ago. Ref …{{ account.lastFour }}. {{ paymentLink }}',
      testAccount(),
      '2026-11-11T15:00:00Z',
      { paymentLink: 'https://kairos.acme.test/pay/tok_1' },
    );
    expect(body).toBe('Hi Dana, $123.45 ($123.45) was due 2026-11-01, 10 days ago. Ref …1001. https://kairos.acme.test/pay/tok_1');
  });

  it('has no links of its own: a template that uses one fails to render without the live link', () => {
    expect(() => renderTemplate('Pay: {{ paymentLink }}', testAccount(), '2026-11-11T15:00:00Z')).toThrow(/paymentLink/);
    expect(() => renderTemplate('Stop emails: {{ unsubscribeLink }}', testAccount(), '2026-11-11T15:00:00Z')).toThrow(/unsubscribeLink/);
    expect(JSON.stringify(templateContext(testAccount(), '2026-11-11T15:00:00Z'))).not.toContain('example.invalid');
  });

  it("names the portfolio's collector in the disclosures and every collector variable", () => {
    const source =
      '{{ collector.disclosure }} | {{ collector.identification }} | {{ collector.name }} ({{ collector.legalName }}), {{ collector.address }}, ' +
      '{{ collector.phone }} {{ collector.hours }} {{ collector.website }} [{{ collector.licence }}]';
    const inNewYork = renderTemplate(source, testAccount({ attributes: { state: 'ny' } }), '2026-11-11T15:00:00Z', { collector: acme });
    expect(inNewYork).toBe(
      'This is Acme Recoveries, a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose. | ' +
        'This is a communication from Acme Recoveries, a debt collector. | Acme Recoveries (Acme Recoveries Holdings LLC), 12 Lake Street, Chicago, IL 60601-1234, ' +
        '(312) 555-0199 Mon–Fri 9–5 CT https://acme-recoveries.test [NY license no. 2091234-DCA]',
    );
    // No state on the account, or one where the collector holds no licence: the licence is left out, not guessed.
    expect(renderTemplate('[{{ collector.licence }}]', testAccount(), '2026-11-11T15:00:00Z', { collector: acme })).toBe('[]');
    expect(renderTemplate('[{{ collector.licence }}]', testAccount({ attributes: { state: 'TX' } }), '2026-11-11T15:00:00Z', { collector: acme })).toBe('[]');
  });

  it('has no collector of its own: a template that names the collector fails to render without an identity', () => {
    expect(() => renderTemplate('{{ collector.disclosure }}', testAccount(), '2026-11-11T15:00:00Z')).toThrow(/collector/);
  });

  it('lists the variables a template reads, each once', () => {
    expect(templateVariables('{{ paymentLink }} {% if account.dpd > 3 %}{{ collector.phone }}{% endif %} {{ paymentLink }}').sort()).toEqual(['account.dpd', 'collector.phone', 'paymentLink']);
    expect(templateVariables('{% assign x = 1 %}{{ x }}')).toEqual([]);
    expect(templateVariables('{{ unclosed')).toEqual([]);
  });

  it('formats money in the account currency', () => {
    expect(formatMoney(123_456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
    expect(renderTemplate('{{ account.amountDue }}', testAccount({ currency: 'GBP', balanceCents: 5_000 }), '2026-11-11T00:00:00Z')).toBe('£50.00');
  });

  it('reads portfolio attributes and takes the collector and link from the caller', () => {
    const out = renderTemplate('{{ collector.name }}: tier {{ account.attributes.tier }} {{ paymentLink }}', testAccount({ attributes: { tier: 2 } }), '2026-11-11T00:00:00Z', {
      collector: acme,
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
