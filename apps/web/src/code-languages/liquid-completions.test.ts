import * as monaco from 'monaco-editor/editor/editor.api';
import { describe, expect, it } from 'vitest';
import { liquidCompletions } from './liquid-completions';
import { LIQUID_LANGUAGE_ID } from './liquid-language';
import { completionProvider, registerKairosLanguages } from './register';

const labels = (before: string) => liquidCompletions(before).items.map((i) => i.label);

describe('Liquid completion', () => {
  it('offers account fields, template variables and known attributes inside {{ }}', () => {
    const offered = labels('Hi {{ acc');
    expect(offered).toEqual(expect.arrayContaining(['account.firstName', 'account.amountDue', 'paymentLink', 'collector.disclosure', 'account.attributes.tier']));
    expect(liquidCompletions('Hi {{ account.fi').replace).toBe('account.fi'.length);
  });

  it('offers filters after a pipe, money among them, replacing what is typed of the name', () => {
    const after = liquidCompletions('{{ account.balanceCents | mo');
    expect(after.items.map((i) => i.label)).toContain('money');
    expect(after.items.every((i) => i.kind === 'filter')).toBe(true);
    expect(after.replace).toBe(2);
    expect(after.items.find((i) => i.label === 'money')!.detail).toMatch(/\$123\.45/);
  });

  it('offers tags as snippets right after {%, and variables later in the tag', () => {
    const tags = liquidCompletions('{% i');
    expect(tags.items.find((i) => i.label === 'if')).toMatchObject({ kind: 'tag', snippet: true, insertText: expect.stringContaining('{% endif') });
    expect(labels('{% if acc')).toContain('account.dpd');
  });

  it('offers nothing in plain text, after a closed output, or inside a quoted string', () => {
    expect(labels('Hi there ')).toEqual([]);
    expect(labels('Hi {{ account.name }} and ')).toEqual([]);
    expect(labels('{{ account.balanceCents | money: "EU')).toEqual([]);
  });

  it('answers Monaco with items that replace the whole word under the cursor', async () => {
    registerKairosLanguages(monaco);
    const model = monaco.editor.createModel('Hi {{ account.fi }}', LIQUID_LANGUAGE_ID);
    const provider = completionProvider(monaco, liquidCompletions, []);
    const list = await provider.provideCompletionItems(model, new monaco.Position(1, 14), { triggerKind: 0 }, new monaco.CancellationTokenSource().token);
    const first = list!.suggestions.find((s) => s.label === 'account.firstName')!;
    expect(first.kind).toBe(monaco.languages.CompletionItemKind.Variable);
    expect(first.range).toMatchObject({ startLineNumber: 1, startColumn: 7, endColumn: 17 });
    model.dispose();
  });
});
