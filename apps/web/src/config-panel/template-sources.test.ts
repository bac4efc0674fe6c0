import { describe, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { templateSources } from './template-sources';

describe('template sources for the preview', () => {
  it('finds the message, its language variants and its fallbacks, each with a distinct key', () => {
    const kind = builtInRegistry.get('send-message')!;
    const sources = templateSources(kind.ui, {
      channel: 'sms',
      body: 'Hi {{ account.firstName }}',
      variants: [{ language: 'es', body: 'Hola {{ account.firstName }}' }],
      fallback: [{ channel: 'email', body: 'Dear {{ account.name }}' }],
    });
    expect(sources.map((s) => [s.label, s.source])).toEqual([
      ['Message', 'Hi {{ account.firstName }}'],
      ['Message (variants: es)', 'Hola {{ account.firstName }}'],
      ['Message (fallback: EMAIL)', 'Dear {{ account.name }}'],
    ]);
    expect(new Set(sources.map((s) => s.key)).size).toBe(3);
  });

  it('skips empty and missing templates', () => {
    expect(templateSources(builtInRegistry.get('send-message')!.ui, { channel: 'sms', body: '' })).toEqual([]);
  });
});
