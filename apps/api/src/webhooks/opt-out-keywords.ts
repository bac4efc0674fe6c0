// Opt-out and opt-in keywords of inbound texts, as carriers and CTIA use them. A message is a keyword
// only when it is one (give or take case, spaces and punctuation): "stop." is, "stop calling my mom" is
// a reply for an agent, so the whole text is compared, never a word inside it.

const OPT_OUT = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT']);
const OPT_IN = new Set(['START', 'UNSTOP']);

export type Keyword = { kind: 'opt_out' | 'opt_in'; keyword: string } | null;

export function keywordOf(text: string): Keyword {
  const word = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.!,;:'"()]+/g, '');
  if (OPT_OUT.has(word)) return { kind: 'opt_out', keyword: word };
  if (OPT_IN.has(word)) return { kind: 'opt_in', keyword: word };
  return null;
}
