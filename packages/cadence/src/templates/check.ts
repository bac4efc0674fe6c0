import { liquid } from './engine';
import { isKnownTemplateVariable } from './context';

export interface TemplateProblem {
  message: string;
}

/** Parse a Liquid template and list what would go wrong: syntax errors and unknown variables. */
export function checkTemplate(source: string): TemplateProblem[] {
  let templates;
  try {
    templates = liquid.parse(source);
  } catch (err) {
    return [{ message: `template does not parse: ${(err as Error).message.split('\n')[0]}` }];
  }
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  for (const segments of liquid.globalVariableSegmentsSync(templates)) {
    const path = segments.map(String).join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    if (!isKnownTemplateVariable(path)) problems.push({ message: `unknown template variable "${path}"` });
  }
  return problems;
}
