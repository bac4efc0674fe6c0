import type { AccountSnapshot } from '../account';
import { liquid } from './engine';
import { templateContext, type TemplateExtras } from './context';

/** Render a message template for an account; throws on unknown variables (strict mode). */
export function renderTemplate(source: string, account: AccountSnapshot, nowIso: string, extras: TemplateExtras = {}): string {
  return liquid.parseAndRenderSync(source, templateContext(account, nowIso, extras)) as string;
}
