// What to offer while typing a Liquid template: variables inside {{ }} and tags, filters after "|",
// tag names right after "{%". Pure: it reads the text before the cursor and answers suggestions.
import { ACCOUNT_FIELDS } from '@kairos/cadence';
import { TEMPLATE_FILTERS, TEMPLATE_TAGS, TEMPLATE_VARIABLES } from '@kairos/cadence/templates';

export interface CompletionSpec {
  label: string;
  kind: 'variable' | 'filter' | 'tag' | 'field' | 'keyword' | 'value';
  insertText: string;
  detail: string;
  /** `insertText` is a snippet with ${1:placeholders}. */
  snippet?: boolean;
}

export interface Completions {
  /** How many characters before the cursor the chosen suggestion replaces. */
  replace: number;
  items: CompletionSpec[];
}

const NONE: Completions = { replace: 0, items: [] };

/** Account attributes the built-in rules know, offered as `account.attributes.<name>` (any other name works too). */
const ATTRIBUTE_VARIABLES = ACCOUNT_FIELDS.filter((f) => f.path.startsWith('attributes.')).map((f) => ({ path: `account.${f.path}`, description: `${f.label} (portfolio attribute)` }));

export const LIQUID_VARIABLES: readonly CompletionSpec[] = [...TEMPLATE_VARIABLES, ...ATTRIBUTE_VARIABLES].map((v) => ({ label: v.path, kind: 'variable', insertText: v.path, detail: v.description }));

/** Where the cursor is: in text, or inside an output/tag that opened at `open` (`{{` or `{%`). */
function openTag(before: string): { open: '{{' | '{%'; inside: string } | null {
  const output = before.lastIndexOf('{{');
  const tag = before.lastIndexOf('{%');
  const at = Math.max(output, tag);
  if (at < 0) return null;
  const inside = before.slice(at + 2);
  const closer = at === output ? '}}' : '%}';
  if (inside.includes(closer)) return null;
  return { open: at === output ? '{{' : '{%', inside };
}

/** Inside a quoted string of the tag, nothing is offered. */
const inString = (inside: string) => (inside.match(/"/g)?.length ?? 0) % 2 === 1 || (inside.match(/'/g)?.length ?? 0) % 2 === 1;

export function liquidCompletions(before: string): Completions {
  const tag = openTag(before);
  if (!tag || inString(tag.inside)) return NONE;
  const filter = /\|\s*([\w]*)$/.exec(tag.inside);
  if (filter) {
    const typed = filter[1]!;
    return { replace: typed.length, items: TEMPLATE_FILTERS.map((f) => ({ label: f.name, kind: 'filter', insertText: f.name, detail: f.description })) };
  }
  if (tag.open === '{%') {
    const name = /^-?\s*(\w*)$/.exec(tag.inside);
    if (name) {
      const typed = name[1]!;
      return { replace: typed.length, items: TEMPLATE_TAGS.map((t) => ({ label: t.name, kind: 'tag', insertText: t.snippet, detail: t.description, snippet: true })) };
    }
  }
  const path = /[\w.]*$/.exec(tag.inside)![0];
  return { replace: path.length, items: [...LIQUID_VARIABLES] };
}
