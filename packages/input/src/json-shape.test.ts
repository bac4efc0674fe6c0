import { describe, expect, it } from 'vitest';
import { jsonShapeIssue, storableJsonObject } from './json-shape';

/** `{"a":{"a":...}}` nested `depth` objects deep, built without recursion. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 1; i < depth; i++) value = { a: value };
  return value;
}

describe('the shape of free-form JSON', () => {
  it('allows nesting up to the limit and names where it goes deeper', () => {
    expect(jsonShapeIssue(nested(32), { maxDepth: 32 })).toBeUndefined();
    const issue = jsonShapeIssue({ rules: [nested(32)] }, { maxDepth: 32 });
    expect(issue?.path.slice(0, 2)).toEqual(['rules', 0]);
    expect(issue?.message).toMatch(/deeper than 32 levels/);
  });

  it('walks 10,000 levels without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(10_000) + ']'.repeat(10_000)) as unknown;
    expect(jsonShapeIssue(deep, { maxDepth: 32 })?.message).toMatch(/deeper than 32/);
  });

  it('names the string or key holding NUL, or half a surrogate pair', () => {
    expect(jsonShapeIssue({ a: [1, 'ok', 'b\u0000d'] }, { maxDepth: 8 })).toEqual({ path: ['a', 2], message: 'must not contain NUL characters (\\u0000)' });
    expect(jsonShapeIssue({ attrs: { ['t\u0000']: 1 } }, { maxDepth: 8 })).toMatchObject({ path: ['attrs'], message: expect.stringMatching(/key .* NUL/) });
    expect(jsonShapeIssue({ s: 'x\uD800y' }, { maxDepth: 8 })).toMatchObject({ path: ['s'], message: expect.stringMatching(/valid Unicode/) });
    expect(jsonShapeIssue({ s: 'pair \uD83D\uDE42 is fine' }, { maxDepth: 8 })).toBeUndefined();
  });

  it('reports the first problem in document order', () => {
    expect(jsonShapeIssue({ first: '\u0000', second: '\u0000' }, { maxDepth: 8 })?.path).toEqual(['first']);
  });

  it('as a schema, puts the issue at its path', () => {
    const result = storableJsonObject(3).safeParse({ ok: 1, body: { deeper: { still: {} } } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['body', 'deeper', 'still']);
    expect(storableJsonObject(3).safeParse({ body: 'Hi\u0000' }).error!.issues[0]!.path).toEqual(['body']);
  });
});
