import { liquid } from './engine';

/** What the filters a message template is likely to need do, for editor completion. */
const DESCRIBED: Record<string, string> = {
  money: 'Cents as money: {{ account.balanceCents | money }} → $123.45 (optionally | money: "EUR")',
  upcase: 'UPPER CASE',
  downcase: 'lower case',
  capitalize: 'First letter upper case',
  default: 'A value when empty: {{ account.attributes.nickname | default: account.firstName }}',
  date: 'Formats a date: {{ account.dueDate | date: "%b %d" }}',
  truncate: 'Cuts to N characters with …',
  strip: 'Removes spaces at both ends',
  replace: 'Replaces every occurrence: | replace: "a", "b"',
  append: 'Adds text at the end',
  prepend: 'Adds text at the start',
  plus: 'Adds a number',
  minus: 'Subtracts a number',
  times: 'Multiplies by a number',
  divided_by: 'Divides by a number',
  round: 'Rounds a number',
  escape: 'Escapes HTML (emails)',
  url_encode: 'Encodes for a URL',
  size: 'Number of characters or items',
};

/** Every filter the template engine knows (strict mode refuses others), described where it helps. */
export const TEMPLATE_FILTERS: ReadonlyArray<{ name: string; description: string }> = Object.keys(liquid.filters)
  .sort((a, b) => (a in DESCRIBED ? 0 : 1) - (b in DESCRIBED ? 0 : 1) || a.localeCompare(b))
  .map((name) => ({ name, description: DESCRIBED[name] ?? 'Liquid filter' }));

/** Liquid tags a message template may use. */
export const TEMPLATE_TAGS: ReadonlyArray<{ name: string; snippet: string; description: string }> = [
  { name: 'if', snippet: 'if ${1:account.dpd > 30} %}${2}{% endif', description: 'Text only when a condition holds' },
  { name: 'unless', snippet: 'unless ${1:condition} %}${2}{% endunless', description: 'Text only when a condition does not hold' },
  { name: 'elsif', snippet: 'elsif ${1:condition}', description: 'Another condition of an if' },
  { name: 'else', snippet: 'else', description: 'Otherwise' },
  { name: 'case', snippet: 'case ${1:account.language} %}{% when ${2:"es"} %}${3}{% endcase', description: 'Text by value' },
  { name: 'when', snippet: 'when ${1:"value"}', description: 'A value of a case' },
  { name: 'assign', snippet: 'assign ${1:name} = ${2:value}', description: 'Names a value for later' },
  { name: 'capture', snippet: 'capture ${1:name} %}${2}{% endcapture', description: 'Names a piece of text for later' },
  { name: 'comment', snippet: 'comment %}${1}{% endcomment', description: 'Text that is never sent' },
  { name: 'raw', snippet: 'raw %}${1}{% endraw', description: 'Text sent as written, braces included' },
];
