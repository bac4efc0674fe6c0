// Liquid inside message text, for Monaco: plain text outside, {{ output }} and {% tags %} inside,
// with variables, filters after "|", strings, numbers and operators told apart.
import type * as Monaco from 'monaco-editor/editor/editor.api';

export const LIQUID_LANGUAGE_ID = 'kairos-liquid';

const KEYWORDS = [
  'if', 'elsif', 'else', 'endif', 'unless', 'endunless', 'case', 'when', 'endcase', 'for', 'endfor', 'in', 'assign', 'capture', 'endcapture',
  'cycle', 'increment', 'decrement', 'break', 'continue', 'limit', 'offset', 'reversed', 'and', 'or', 'contains', 'echo', 'tablerow', 'endtablerow',
];

export const liquidMonarch: Monaco.languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.liquid',
  keywords: KEYWORDS,
  constants: ['true', 'false', 'nil', 'null', 'empty', 'blank'],
  tokenizer: {
    root: [
      [/\{%-?\s*comment\s*-?%\}/, { token: 'comment', next: '@comment' }],
      [/\{%-?\s*raw\s*-?%\}/, { token: 'delimiter.tag', next: '@raw' }],
      [/\{\{-?/, { token: 'delimiter.output', next: '@output' }],
      [/\{%-?/, { token: 'delimiter.tag', next: '@tagName' }],
      [/[^{]+/, ''],
      [/\{/, ''],
    ],
    comment: [
      [/\{%-?\s*endcomment\s*-?%\}/, { token: 'comment', next: '@pop' }],
      [/[^{]+/, 'comment'],
      [/\{/, 'comment'],
    ],
    raw: [
      [/\{%-?\s*endraw\s*-?%\}/, { token: 'delimiter.tag', next: '@pop' }],
      [/[^{]+/, ''],
      [/\{/, ''],
    ],
    tagName: [
      [/\s+/, ''],
      [/-?%\}/, { token: 'delimiter.tag', next: '@pop' }],
      [/[A-Za-z_]\w*/, { token: 'keyword', switchTo: '@tag' }],
      [/./, { token: '@rematch', switchTo: '@tag' }],
    ],
    output: [[/-?\}\}/, { token: 'delimiter.output', next: '@pop' }], { include: '@expression' }],
    tag: [[/-?%\}/, { token: 'delimiter.tag', next: '@pop' }], { include: '@expression' }],
    expression: [
      [/\s+/, ''],
      [/\|/, { token: 'operator.pipe', next: '@filterName' }],
      [/"[^"]*"|'[^']*'/, 'string'],
      [/-?\d+(?:\.\d+)?/, 'number'],
      [/==|!=|<>|<=|>=|<|>|=/, 'operator'],
      [/[A-Za-z_][\w-]*/, { cases: { '@keywords': 'keyword', '@constants': 'constant', '@default': 'variable' } }],
      [/[.[\],:()]/, 'delimiter'],
      [/./, ''],
    ],
    filterName: [
      [/\s+/, ''],
      [/[A-Za-z_]\w*/, { token: 'function.filter', next: '@pop' }],
      [/./, { token: '@rematch', next: '@pop' }],
    ],
  },
};

export const liquidConfiguration: Monaco.languages.LanguageConfiguration = {
  brackets: [
    ['{{', '}}'],
    ['{%', '%}'],
    ['[', ']'],
    ['(', ')'],
  ],
  // Typing "{{" gives "{{}}" with the cursor inside; the closing braces are typed over.
  autoClosingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"', notIn: ['string'] },
  ],
  surroundingPairs: [
    { open: '"', close: '"' },
    { open: "'", close: "'" },
  ],
  wordPattern: /[A-Za-z_][\w]*/g,
};
