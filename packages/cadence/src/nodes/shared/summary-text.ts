// Small phrases the kinds' canvas summaries share. They read half-edited configs, so every input is `unknown`.

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "1 day 2 hours"; "no time" for an empty or missing duration. */
export function durationText(d: unknown): string {
  const { days = 0, hours = 0, minutes = 0 } = (d ?? {}) as { days?: number; hours?: number; minutes?: number };
  const parts = [days ? plural(days, 'day') : '', hours ? plural(hours, 'hour') : '', minutes ? plural(minutes, 'minute') : ''].filter(Boolean);
  return parts.join(' ') || 'no time';
}

/** Cut a text to fit under a node's title. */
export const clip = (text: string, max = 70): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A list as words: ['paid', 'partial_payment'] -> "paid, partial payment". */
export const words = (list: unknown): string => (Array.isArray(list) ? list.map((x) => String(x).replace(/_/g, ' ')).join(', ') : '');
