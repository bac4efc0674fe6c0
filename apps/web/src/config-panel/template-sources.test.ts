import { describe, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { previewTexts, variantLanguages } from './template-sources';

const message = {
  channel: 'sms',
  body: 'Hi {{ account.firstName }}',
  variants: [
    { language: 'es', body: 'Hola {{ account.firstName }}' },
    { language: 'fr-CA', body: 'Bonjour {{ account.firstName }}' },
  ],
  fallback: [{ channel: 'email', subject: 'Your balance', body: 'Dear {{ account.name }}', variants: [{ language: 'es', subject: 'Su saldo', body: 'Estimado {{ account.name }}' }] }],
};
const ui = builtInRegistry.get('send-message')!.ui;

describe('texts of a step for the preview', () => {
  it('shows the message and each fallback in the variant the worker would choose for the language', () => {
    expect(previewTexts(ui, message, 'es-MX').map((t) => [t.label, t.subject, t.body, t.variant])).toEqual([
      ['SMS', undefined, 'Hola {{ account.firstName }}', 'es'],
      ['EMAIL (fallback 1)', 'Su saldo', 'Estimado {{ account.name }}', 'es'],
    ]);
    expect(previewTexts(ui, message, 'fr').map((t) => [t.body, t.variant])).toEqual([
      ['Bonjour {{ account.firstName }}', 'fr-CA'],
      ['Dear {{ account.name }}', null],
    ]);
    expect(new Set(previewTexts(ui, message, 'en').map((t) => t.key)).size).toBe(2);
  });

  it('shows other templates as they are, and skips empty ones', () => {
    expect(previewTexts(builtInRegistry.get('agent-task')!.ui, { note: 'Call {{ account.name }}' }, 'en')).toEqual([{ key: 'note', label: expect.any(String), body: 'Call {{ account.name }}' }]);
    expect(previewTexts(ui, { channel: 'sms', body: '' }, 'en')).toEqual([]);
  });

  it('offers the languages the variants are written in', () => {
    expect(variantLanguages(message)).toEqual(['es', 'fr-CA']);
    expect(variantLanguages({ body: 'x' })).toEqual([]);
  });
});
