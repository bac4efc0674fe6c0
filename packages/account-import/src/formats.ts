// How a column may write its cells, by the kind of field it fills: the choices a mapping offers.
// Apart from the readers (which carry the phone metadata) so the web app offers the same choices.
import type { FieldKind } from './fields';

/** How a column writes amounts: `1,234.56` (or `1234.56`), `1.234,56`, or whole minor units (`123456` cents). */
export const AMOUNT_FORMATS = ['decimal', 'decimal-comma', 'minor-units'] as const;
export type AmountFormat = (typeof AMOUNT_FORMATS)[number];
/** How a column writes dates; `M/D/YYYY` and other separators (`-`, `.`) are read by the slash formats too. */
export const DATE_FORMATS = ['YYYY-MM-DD', 'MM/DD/YYYY', 'DD/MM/YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];
/** How an attribute column is stored: as text, or as a number (a risk score a rule compares). */
export const ATTRIBUTE_FORMATS = ['text', 'number'] as const;
export type AttributeFormat = (typeof ATTRIBUTE_FORMATS)[number];

/** The formats a column of each kind may choose; the first is the default. */
export const FORMATS_BY_KIND: Partial<Record<FieldKind, readonly string[]>> = {
  amount: AMOUNT_FORMATS,
  date: DATE_FORMATS,
  attribute: ATTRIBUTE_FORMATS,
};
