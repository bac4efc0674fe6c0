import * as monaco from 'monaco-editor/editor/editor.api';
import { beforeAll, describe, expect, it } from 'vitest';
import { conditionCompletions } from './condition-completions';
import { CONDITION_LANGUAGE_ID } from './condition-language';
import { conditionProblems } from './condition-markers';
import { tokensOf } from './monaco-tokens';
import { registerKairosLanguages } from './register';

beforeAll(() => registerKairosLanguages(monaco));

describe('branch conditions in Monaco', () => {
  it('highlights fields, keywords, operators, numbers, text and constants', () => {
    expect(tokensOf(monaco, "attributes.tier in [1, 2] and not consents.voice or language = 'es' and hasEmail = true", CONDITION_LANGUAGE_ID)).toEqual([
      ['attributes.tier', 'variable'],
      ['in', 'keyword'],
      ['[', 'delimiter'],
      ['1', 'number'],
      [',', 'delimiter'],
      ['2', 'number'],
      [']', 'delimiter'],
      ['and', 'keyword'],
      ['not', 'keyword'],
      ['consents.voice', 'variable'],
      ['or', 'keyword'],
      ['language', 'variable'],
      ['=', 'operator'],
      ["'es'", 'string'],
      ['and', 'keyword'],
      ['hasEmail', 'variable'],
      ['=', 'operator'],
      ['true', 'constant'],
    ]);
    // A character the language does not know stands out before the check even runs.
    expect(tokensOf(monaco, 'dpd ~ 3', CONDITION_LANGUAGE_ID)[1]).toEqual(['~', 'invalid']);
  });

  it('completes account fields with their type, attributes and keywords', () => {
    const items = conditionCompletions('balanceCents > 100 and con').items;
    expect(items.find((i) => i.label === 'consents.sms')).toMatchObject({ kind: 'field', detail: 'Consent: sms (true/false)' });
    expect(items.find((i) => i.label === 'dpd')!.detail).toMatch(/number/);
    expect(items.find((i) => i.label === 'attributes.')).toMatchObject({ snippet: true });
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['and', 'or', 'not', 'in', 'exists']));
    expect(conditionCompletions('balanceCents > 100 and con').replace).toBe(3);
  });

  it('offers true and false after a true/false field is compared, and nothing inside text', () => {
    expect(conditionCompletions('consents.sms = ').items.map((i) => i.label)).toEqual(['true', 'false']);
    expect(conditionCompletions("language = 'e").items).toEqual([]);
  });

  it('marks syntax and type errors where the compiler places them', () => {
    const source = "dpd > 30 and language > 2 or shoeSize = 'xl'";
    expect(conditionProblems(source).map((p) => source.slice(p.start, p.end))).toEqual(['language', 'shoeSize']);
    const typo = "dpd = 'late'";
    expect(conditionProblems(typo).map((p) => [typo.slice(p.start, p.end), p.message])).toEqual([["'late'", 'dpd is a number, so compare it with a number']]);
    expect(conditionProblems('dpd >> 3')[0]).toMatchObject({ start: 5, end: 6, severity: 'error' });
    expect(conditionProblems('dpd > 30 and consents.sms')).toEqual([]);
    expect(conditionProblems('   ')).toEqual([]);
  });
});
