import { describe, expect, it } from 'vitest';
import { hasControlCharacter, safeText } from './safe-text';

describe('safe text', () => {
  it('refuses NUL and other control characters in one-line text, naming what is wrong', () => {
    for (const bad of ['Da\u0000na', 'tab\there', 'two\nlines', 'bell\u0007', 'del\u007f', 'c1\u0085']) {
      const result = safeText().safeParse(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error!.issues[0]!.message).toMatch(/control characters/);
    }
  });

  it('accepts ordinary text in any script, with emoji', () => {
    for (const good of ['Dana Smith', 'José Núñez', '山田 太郎', 'Zoë 🙂', '']) expect(safeText().safeParse(good).success).toBe(true);
  });

  it('lets templates and notes keep tabs and line breaks, but never NUL', () => {
    expect(safeText({ multiline: true }).safeParse('Hi {{ account.name }},\r\n\tplease pay.').success).toBe(true);
    expect(safeText({ multiline: true }).safeParse('Hi\u0000').success).toBe(false);
    expect(safeText({ multiline: true }).safeParse('form\u000cfeed').success).toBe(false);
  });

  it('keeps working with length rules chained after it', () => {
    const name = safeText().min(1).max(5);
    expect(name.safeParse('').success).toBe(false);
    expect(name.safeParse('toolong').success).toBe(false);
    expect(name.safeParse('a\u0000').success).toBe(false);
    expect(name.safeParse('ok').success).toBe(true);
  });

  it('answers the same as the schema when asked directly', () => {
    for (const text of ['plain', 'a\u0000b', 'a\nb']) {
      expect(hasControlCharacter(text)).toBe(!safeText().safeParse(text).success);
      expect(hasControlCharacter(text, { multiline: true })).toBe(!safeText({ multiline: true }).safeParse(text).success);
    }
  });
});
