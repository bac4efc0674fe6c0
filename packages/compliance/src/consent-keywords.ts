// What an inbound message means for consent. Carriers and CTIA read a message as a keyword only when
// it is one (give or take case, spaces and punctuation): "stop." is, "stop calling my mom" is a reply
// for an agent, so the whole text is compared, never a word inside it. The consent ledger records the
// class decided here and the effect it had; revocation in other words or on other channels extends
// this classification (a new class, or new words of a class), not the routes that receive messages.

/** `stop` revokes consent on the channel, `start` gives it back, `help` asks who is writing; `other` is a reply. */
export const KEYWORD_CLASSES = ['stop', 'start', 'help', 'other'] as const;
export type KeywordClass = (typeof KEYWORD_CLASSES)[number];

/** What a message does to the sender's consent on the channel it came by. */
export const CONSENT_EFFECTS = ['opt_out', 'opt_in', 'none'] as const;
export type ConsentEffect = (typeof CONSENT_EFFECTS)[number];

const KEYWORDS: Record<Exclude<KeywordClass, 'other'>, ReadonlySet<string>> = {
  stop: new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT']),
  start: new Set(['START', 'UNSTOP']),
  help: new Set(['HELP', 'INFO']),
};

const EFFECT_OF: Record<KeywordClass, ConsentEffect> = { stop: 'opt_out', start: 'opt_in', help: 'none', other: 'none' };

export interface InboundConsent {
  keywordClass: KeywordClass;
  /** The keyword as carriers spell it (`STOP`, `OPTOUT`), or null for a reply. */
  keyword: string | null;
  consentEffect: ConsentEffect;
}

/** The keyword class of an inbound text and the consent effect it has. */
export function classifyInboundMessage(text: string): InboundConsent {
  const word = text
    .normalize('NFKC')
    .toUpperCase()
    // A question mark too: "Stop?" is honoured as STOP, the careful reading of a revocation.
    .replace(/[\s\-_.!?,;:'"()]+/g, '');
  for (const keywordClass of ['stop', 'start', 'help'] as const) {
    if (KEYWORDS[keywordClass].has(word)) return { keywordClass, keyword: word, consentEffect: EFFECT_OF[keywordClass] };
  }
  return { keywordClass: 'other', keyword: null, consentEffect: EFFECT_OF.other };
}
