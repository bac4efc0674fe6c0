/** A token of the condition language, with where it stands in the source (for editor markers). */
export interface Token {
  kind: 'ident' | 'number' | 'string' | 'op' | 'punct' | 'end';
  text: string;
  value?: string | number;
  start: number;
  end: number;
}

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

const OPS = ['<=', '>=', '!=', '==', '=', '<', '>'];

/** Split a condition into tokens: fields (a.b), numbers, 'strings', comparison operators, ( ) [ ] ,. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (/[A-Za-z_]/.test(c)) {
      while (i < source.length && /[A-Za-z0-9_.]/.test(source[i]!)) i++;
      tokens.push({ kind: 'ident', text: source.slice(start, i), start, end: i });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(source[i + 1] ?? ''))) {
      i++;
      while (i < source.length && /[0-9_.]/.test(source[i]!)) i++;
      const text = source.slice(start, i);
      const value = Number(text.replaceAll('_', ''));
      if (!Number.isFinite(value)) throw new ExpressionError(`"${text}" is not a number`, start, i);
      tokens.push({ kind: 'number', text, value, start, end: i });
    } else if (c === "'" || c === '"') {
      i++;
      let value = '';
      while (i < source.length && source[i] !== c) {
        if (source[i] === '\\' && i + 1 < source.length) i++;
        value += source[i];
        i++;
      }
      if (i >= source.length) throw new ExpressionError('this text is not closed: add the closing quote', start, source.length);
      i++;
      tokens.push({ kind: 'string', text: source.slice(start, i), value, start, end: i });
    } else {
      const op = OPS.find((o) => source.startsWith(o, i));
      if (op) {
        i += op.length;
        tokens.push({ kind: 'op', text: op, start, end: i });
      } else if ('()[],'.includes(c)) {
        i++;
        tokens.push({ kind: 'punct', text: c, start, end: i });
      } else {
        throw new ExpressionError(`unexpected "${c}": conditions use fields, numbers, 'text', =, !=, <, <=, >, >=, in, exists, and, or, not`, start, start + 1);
      }
    }
  }
  tokens.push({ kind: 'end', text: '', start: source.length, end: source.length });
  return tokens;
}
