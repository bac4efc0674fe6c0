// Which texts of a node a preview shows, found from its `ui` hints. A message (a `body` template with
// language `variants`) shows the one text the worker would send in the chosen language, as
// `chooseVariant` picks it; other template fields (an agent's note, a webhook payload) show as they are.
import type { FieldHint } from '@kairos/cadence';
import { chooseVariant, type MessageText } from '@kairos/cadence/templates';
import { humanize } from './json-schema';

export interface PreviewText {
  key: string;
  label: string;
  subject?: string;
  body: string;
  /** The variant chosen for the language, null for the default text; absent for texts without variants. */
  variant?: string | null;
}

type Message = MessageText & { channel?: unknown; variants?: Array<MessageText & { language: string }> };

const isTemplate = (ui: Record<string, FieldHint>, path: string) => ui[path]?.widget === 'template';

function asMessage(value: unknown): Message | null {
  const m = (value ?? {}) as Record<string, unknown>;
  if (typeof m.body !== 'string' || !m.body) return null;
  const variants = Array.isArray(m.variants)
    ? (m.variants as Array<Record<string, unknown>>).filter((v) => typeof v?.language === 'string' && typeof v.body === 'string' && v.body)
    : [];
  return {
    body: m.body,
    ...(typeof m.subject === 'string' && m.subject ? { subject: m.subject } : {}),
    channel: m.channel,
    variants: variants as unknown as Array<MessageText & { language: string }>,
  };
}

function messageText(key: string, label: string, message: Message, language: string): PreviewText {
  const chosen = chooseVariant(message, language);
  return { key, label, body: chosen.body, variant: chosen.language, ...(chosen.subject !== undefined ? { subject: chosen.subject } : {}) };
}

const channelName = (m: Message, fallback: string) => (typeof m.channel === 'string' ? m.channel.toUpperCase() : fallback);

/** The texts to preview for `language`: the message and each fallback in the variant the worker picks, then other templates. */
export function previewTexts(ui: Record<string, FieldHint>, config: Record<string, unknown>, language: string): PreviewText[] {
  const out: PreviewText[] = [];
  for (const [path, hint] of Object.entries(ui)) {
    if (hint.widget !== 'template') continue;
    const [list, field, ...deeper] = path.split('.');
    if (field === undefined) {
      const message = list === 'body' ? asMessage(config) : null;
      if (message) out.push(messageText('body', channelName(message, hint.label ?? 'Message'), message, language));
      else if (typeof config[list!] === 'string' && config[list!]) out.push({ key: path, label: hint.label ?? humanize(path), body: config[list!] as string });
      continue;
    }
    // Variants are chosen, not listed; a list of messages (fallbacks) shows each in its chosen variant.
    if (list === 'variants' || deeper.length || field !== 'body' || !Array.isArray(config[list!])) continue;
    (config[list!] as unknown[]).forEach((item, i) => {
      const message = asMessage(item);
      if (message) out.push(messageText(`${path}.${i}`, `${channelName(message, String(i + 1))} (${humanize(list!).toLowerCase()} ${i + 1})`, message, language));
    });
  }
  // Variants of a message need the message's `body` hint; a kind may declare its variant bodies without it.
  if (!out.some((t) => t.key === 'body') && isTemplate(ui, 'variants.body')) {
    const message = asMessage(config);
    if (message) out.unshift(messageText('body', channelName(message, 'Message'), message, language));
  }
  return out;
}

/** Languages worth offering in the preview: the variants' own, and the account's. */
export function variantLanguages(config: Record<string, unknown>): string[] {
  const seen = new Set<string>();
  const collect = (m: unknown) => {
    const variants = (m as { variants?: unknown })?.variants;
    if (Array.isArray(variants)) for (const v of variants) if (typeof v?.language === 'string' && v.language) seen.add(v.language);
  };
  collect(config);
  for (const value of Object.values(config)) if (Array.isArray(value)) value.forEach(collect);
  return [...seen].sort();
}
