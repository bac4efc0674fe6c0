// What to offer while typing a branch condition: account fields (with their type), attributes.<name>,
// the language's keywords, and true/false after a true/false field is compared.
import { ACCOUNT_FIELDS, EXPRESSION_KEYWORDS, findAccountField } from '@kairos/cadence';
import type { Completions, CompletionSpec } from './liquid-completions';

const FIELDS: readonly CompletionSpec[] = [
  ...ACCOUNT_FIELDS.map((f) => ({ label: f.path, kind: 'field' as const, insertText: f.path, detail: `${f.label} (${f.type === 'boolean' ? 'true/false' : f.type})` })),
  { label: 'attributes.', kind: 'field', insertText: 'attributes.${1:name}', detail: 'Any portfolio attribute of the account', snippet: true },
];
const KEYWORDS: readonly CompletionSpec[] = EXPRESSION_KEYWORDS.map((k) => ({ label: k, kind: 'keyword', insertText: k, detail: 'condition language' }));

export function conditionCompletions(before: string): Completions {
  // Nothing inside 'text'.
  if ((before.match(/'/g)?.length ?? 0) % 2 === 1 || (before.match(/"/g)?.length ?? 0) % 2 === 1) return { replace: 0, items: [] };
  const typed = /[\w.]*$/.exec(before)![0];
  const compared = /([A-Za-z_][\w.]*)\s*(?:==|!=|=)\s*[\w]*$/.exec(before);
  if (compared && findAccountField(compared[1]!)?.type === 'boolean') {
    return { replace: typed.length, items: ['true', 'false'].map((v) => ({ label: v, kind: 'value', insertText: v, detail: `${compared[1]} is true/false` })) };
  }
  return { replace: typed.length, items: [...FIELDS, ...KEYWORDS] };
}
