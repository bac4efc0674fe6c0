// Liquid message templates: checked at compile time, rendered by the worker right before a send.
export { renderTemplate } from './render';
export { checkTemplate, templateVariables, type TemplateProblem, type TemplateRange } from './check';
export { templateContext, TEMPLATE_VARIABLES, isKnownTemplateVariable, type TemplateExtras } from './context';
export { TEMPLATE_FILTERS, TEMPLATE_TAGS } from './filters';
export { formatMoney } from './engine';
export { accountLastFour, ACCOUNT_NUMBER_ATTRIBUTE } from './last-four';
export { chooseVariant, type MessageText } from './variants';
