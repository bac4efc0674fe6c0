import * as monaco from 'monaco-editor/editor/editor.api';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIQUID_LANGUAGE_ID } from './liquid-language';
import { tokensOf } from './monaco-tokens';
import { registerKairosLanguages } from './register';

beforeAll(() => registerKairosLanguages(monaco));
const tokens = (text: string) => tokensOf(monaco, text, LIQUID_LANGUAGE_ID);

describe('Liquid highlighting in Monaco', () => {
  it('tells text, output delimiters, variables, pipes and filters apart', () => {
    expect(tokens('Hi {{ account.firstName | money }}!')).toEqual([
      ['Hi ', ''],
      ['{{', 'delimiter.output'],
      ['account', 'variable'],
      ['.', 'delimiter'],
      ['firstName', 'variable'],
      ['|', 'operator.pipe'],
      ['money', 'function.filter'],
      ['}}', 'delimiter.output'],
      ['!', ''],
    ]);
  });

  it('reads tags with their keyword, operators, numbers, strings and constants', () => {
    expect(tokens("{% if account.dpd > 30 and account.language == 'es' %}Hola{% else %}true{% endif %}")).toEqual([
      ['{%', 'delimiter.tag'],
      ['if', 'keyword'],
      ['account', 'variable'],
      ['.', 'delimiter'],
      ['dpd', 'variable'],
      ['>', 'operator'],
      ['30', 'number'],
      ['and', 'keyword'],
      ['account', 'variable'],
      ['.', 'delimiter'],
      ['language', 'variable'],
      ['==', 'operator'],
      ["'es'", 'string'],
      ['%}', 'delimiter.tag'],
      ['Hola', ''],
      ['{%', 'delimiter.tag'],
      ['else', 'keyword'],
      ['%}', 'delimiter.tag'],
      // Outside a tag, "true" is only text.
      ['true', ''],
      ['{%', 'delimiter.tag'],
      ['endif', 'keyword'],
      ['%}', 'delimiter.tag'],
    ]);
  });

  it('keeps a filter argument and a second filter apart, and comments as comments across lines', () => {
    expect(tokens('{{ account.balanceCents | money: "EUR" | upcase }}').filter(([, t]) => t !== 'delimiter')).toEqual([
      ['{{', 'delimiter.output'],
      ['account', 'variable'],
      ['balanceCents', 'variable'],
      ['|', 'operator.pipe'],
      ['money', 'function.filter'],
      ['"EUR"', 'string'],
      ['|', 'operator.pipe'],
      ['upcase', 'function.filter'],
      ['}}', 'delimiter.output'],
    ]);
    const commented = tokens('{% comment %}not {{ sent }}\nat all{% endcomment %}Sent');
    expect(commented.at(-1)).toEqual(['Sent', '']);
    expect(new Set(commented.slice(0, -1).map(([, t]) => t))).toEqual(new Set(['comment']));
    expect(commented.map(([text]) => text).join('')).toContain('{{ sent }}');
  });

  it('leaves plain braces in text alone', () => {
    expect(tokens('Use {curly} braces')).toEqual([['Use {curly} braces', '']]);
  });
});
