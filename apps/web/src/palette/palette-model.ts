// What the palette lists: the registry's node kinds in categories, narrowed by a search.
import type { NodeCategory, NodeKind, NodeRegistry } from '@kairos/cadence';

export const CATEGORY_TITLES: Record<NodeCategory, string> = {
  entry: 'Start',
  timing: 'Timing',
  message: 'Messages',
  payment: 'Payments',
  logic: 'Logic',
  action: 'Actions',
  exit: 'End',
};
const ORDER = Object.keys(CATEGORY_TITLES) as NodeCategory[];

export interface PaletteGroup {
  category: NodeCategory;
  title: string;
  kinds: NodeKind[];
}

const matches = (k: NodeKind, words: string[]) => {
  const text = `${k.title} ${k.description} ${k.kind} ${CATEGORY_TITLES[k.category] ?? ''}`.toLowerCase();
  return words.every((w) => text.includes(w));
};

/** Non-empty groups in a fixed category order; every word of `query` must appear in a kind's title, description, id or category. */
export function paletteGroups(registry: NodeRegistry, query = ''): PaletteGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const kinds = registry.list().filter((k) => matches(k, words));
  const categories = [...ORDER, ...new Set(kinds.map((k) => k.category).filter((c) => !ORDER.includes(c)))];
  return categories
    .map((category) => ({ category, title: CATEGORY_TITLES[category] ?? category, kinds: kinds.filter((k) => k.category === category) }))
    .filter((g) => g.kinds.length > 0);
}
