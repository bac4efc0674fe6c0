import type { NodeIssue } from '../../define-node';
import { checkTemplate } from '../../templates/check';

/** The problems of a Liquid template a customer or agent will read, at the config field that holds it. */
export const templateIssues = (source: string | undefined, field: string): NodeIssue[] =>
  source === undefined ? [] : checkTemplate(source).map((p) => ({ code: 'template', field, message: p.message }));
