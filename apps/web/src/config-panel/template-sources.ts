// Which texts of a node are message templates, found from its `ui` hints: the preview renders each.
import type { FieldHint } from '@kairos/cadence';
import { humanize } from './json-schema';

export interface TemplateSource {
  key: string;
  label: string;
  source: string;
}

/** Top-level template fields, and template fields of list items one level down (language variants, fallbacks). */
export function templateSources(ui: Record<string, FieldHint>, config: Record<string, unknown>): TemplateSource[] {
  const out: TemplateSource[] = [];
  for (const [path, hint] of Object.entries(ui)) {
    if (hint.widget !== 'template') continue;
    const label = hint.label ?? humanize(path);
    const [list, field, ...deeper] = path.split('.');
    if (field === undefined) {
      if (typeof config[list!] === 'string' && config[list!]) out.push({ key: path, label, source: config[list!] as string });
      continue;
    }
    const items = config[list!];
    if (deeper.length || !Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      const it = (item ?? {}) as Record<string, unknown>;
      if (typeof it[field] !== 'string' || !it[field]) return;
      const which = typeof it.language === 'string' ? it.language : typeof it.channel === 'string' ? String(it.channel).toUpperCase() : String(i + 1);
      out.push({ key: `${path}.${i}`, label: `${label} (${humanize(list!).toLowerCase()}: ${which})`, source: it[field] as string });
    });
  }
  return out;
}
