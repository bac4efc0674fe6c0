// The branch condition language for Monaco: fields (balanceCents, attributes.tier), keywords, numbers,
// 'text' and comparison operators, as packages/cadence/src/expressions tokenizes them.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { EXPRESSION_KEYWORDS } from '@kairos/cadence';

export const CONDITION_LANGUAGE_ID = 'kairos-condition';

export const conditionMonarch: Monaco.languages.IMonarchLanguage = {
  defaultToken: 'invalid',
  tokenPostfix: '.condition',
  ignoreCase: true,
  keywords: EXPRESSION_KEYWORDS.filter((k) => !['true', 'false', 'null'].includes(k)),
  constants: ['true', 'false', 'null'],
  tokenizer: {
    root: [
      [/\s+/, ''],
      [/[A-Za-z_][\w.]*/, { cases: { '@keywords': 'keyword', '@constants': 'constant', '@default': 'variable' } }],
      [/-?\d[\d_]*(?:\.\d+)?/, 'number'],
      [/'(?:[^'\\]|\\.)*'/, 'string'],
      [/"(?:[^"\\]|\\.)*"/, 'string'],
      [/'(?:[^'\\]|\\.)*$/, 'string.invalid'],
      [/<=|>=|!=|==|=|<|>/, 'operator'],
      [/[()[\],]/, 'delimiter'],
    ],
  },
};

export const conditionConfiguration: Monaco.languages.LanguageConfiguration = {
  brackets: [
    ['(', ')'],
    ['[', ']'],
  ],
  autoClosingPairs: [
    { open: '(', close: ')' },
    { open: '[', close: ']' },
    { open: "'", close: "'", notIn: ['string'] },
  ],
  wordPattern: /[A-Za-z_][\w.]*/g,
};
