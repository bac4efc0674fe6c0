/** A message's text in one language. */
export interface MessageText {
  subject?: string;
  body: string;
}

/**
 * The text to send to an account in `language`: the variant for the exact tag (es-MX), else for its
 * primary language (es), else the message's default text.
 */
export function chooseVariant(
  message: MessageText & { variants?: ReadonlyArray<MessageText & { language: string }> },
  language: string,
): MessageText & { language: string | null } {
  const variants = message.variants ?? [];
  const lower = language.toLowerCase();
  const primary = lower.split('-')[0];
  const exact = variants.find((v) => v.language.toLowerCase() === lower);
  const byPrimary = exact ?? variants.find((v) => v.language.toLowerCase() === primary);
  const picked = byPrimary ?? variants.find((v) => v.language.toLowerCase().split('-')[0] === primary);
  if (!picked) return { ...(message.subject !== undefined ? { subject: message.subject } : {}), body: message.body, language: null };
  return { ...(picked.subject !== undefined ? { subject: picked.subject } : message.subject !== undefined ? { subject: message.subject } : {}), body: picked.body, language: picked.language };
}
