import type { LiquidError } from 'liquidjs';
import { isKnownTemplateVariable } from './context';
import { liquid } from './engine';

/** Where in a template's source a problem stands: character offsets, `end` exclusive. */
export interface TemplateRange {
  start: number;
  end: number;
}

/**
 * A problem in a template. `start`/`end` place its first occurrence (for editor markers); an unknown
 * variable used several times is one problem with every occurrence in `ranges`.
 */
export interface TemplateProblem extends TemplateRange {
  message: string;
  ranges: TemplateRange[];
}

// A variable as written: a name, then `.name`, `[0]` or `["key"]` parts (liquidjs gives only where it starts).
const VARIABLE_TEXT = /[A-Za-z_][\w-]*(?:\s*\.\s*[\w-]+|\s*\[[^\]\n]*\])*/y;

function offsetOf(source: string, row: number, col: number): number {
  let offset = 0;
  for (let line = 1; line < row; line++) {
    const next = source.indexOf('\n', offset);
    if (next < 0) return source.length;
    offset = next + 1;
  }
  return Math.min(offset + col - 1, source.length);
}

function variableRange(source: string, start: number): TemplateRange {
  VARIABLE_TEXT.lastIndex = start;
  const m = VARIABLE_TEXT.exec(source);
  return { start, end: m ? start + m[0].length : Math.min(start + 1, source.length) };
}

/** The range of a parse error: the tag or output at fault, narrowed to an unknown filter's name. */
function parseErrorRange(source: string, err: LiquidError): TemplateRange {
  const token = err.token as { begin?: number; end?: number } | undefined;
  const begin = Math.max(0, Math.min(token?.begin ?? 0, source.length));
  const end = Math.max(begin, Math.min(token?.end ?? source.length, source.length));
  const filter = /undefined filter: ([\w-]+)/.exec(err.message)?.[1];
  if (filter) {
    const at = new RegExp(`\\|\\s*(${filter})\\b`).exec(source.slice(begin, end));
    if (at) {
      const s = begin + at.index + at[0].length - filter.length;
      return { start: s, end: s + filter.length };
    }
  }
  return { start: begin, end: end > begin ? end : Math.min(begin + 1, source.length) };
}

/** Parse a Liquid template and list what would go wrong: syntax errors and unknown variables, each placed in the source. */
export function checkTemplate(source: string): TemplateProblem[] {
  let templates;
  try {
    templates = liquid.parse(source);
  } catch (err) {
    const range = parseErrorRange(source, err as LiquidError);
    return [{ message: `template does not parse: ${(err as Error).message.split('\n')[0]}`, ...range, ranges: [range] }];
  }
  const byPath = new Map<string, TemplateProblem>();
  // Globals are the variables not assigned in the template itself: those must be ones Kairos provides.
  const { globals } = liquid.analyzeSync(templates, { partials: false });
  const found = Object.values(globals)
    .flat()
    .map((v) => ({ path: v.segments.map(String).join('.'), at: offsetOf(source, v.location.row, v.location.col) }))
    .sort((a, b) => a.at - b.at);
  for (const { path, at } of found) {
    if (isKnownTemplateVariable(path)) continue;
    const range = variableRange(source, at);
    const known = byPath.get(path);
    if (known) known.ranges.push(range);
    else byPath.set(path, { message: `unknown template variable "${path}"`, ...range, ranges: [range] });
  }
  return [...byPath.values()];
}

/** The variables a template reads from Kairos (`paymentLink`, `collector.phone`), each once; none when it does not parse. */
export function templateVariables(source: string): string[] {
  try {
    const { globals } = liquid.analyzeSync(liquid.parse(source), { partials: false });
    return [...new Set(Object.values(globals).flat().map((v) => v.segments.map(String).join('.')))];
  } catch {
    return [];
  }
}
