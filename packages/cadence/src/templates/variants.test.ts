import { describe, expect, it } from 'vitest';
import { chooseVariant } from './variants';

const message = {
  subject: 'Your balance',
  body: 'Hello',
  variants: [
    { language: 'es', body: 'Hola', subject: 'Su saldo' },
    { language: 'fr-CA', body: 'Bonjour (CA)' },
    { language: 'fr', body: 'Bonjour' },
  ],
};

describe('choosing the language variant of a message', () => {
  it('takes the exact language tag first', () => {
    expect(chooseVariant(message, 'fr-CA')).toEqual({ subject: 'Your balance', body: 'Bonjour (CA)', language: 'fr-CA' });
  });

  it('falls back from a regional tag to its language', () => {
    expect(chooseVariant(message, 'es-MX')).toEqual({ subject: 'Su saldo', body: 'Hola', language: 'es' });
    expect(chooseVariant(message, 'fr-BE')).toMatchObject({ body: 'Bonjour', language: 'fr' });
  });

  it('uses a regional variant for the bare language when that is all there is', () => {
    expect(chooseVariant({ body: 'Hi', variants: [{ language: 'pt-BR', body: 'Olá' }] }, 'pt')).toMatchObject({ body: 'Olá' });
  });

  it('sends the default text when no variant fits', () => {
    expect(chooseVariant(message, 'de')).toEqual({ subject: 'Your balance', body: 'Hello', language: null });
    expect(chooseVariant({ body: 'Hi' }, 'es')).toEqual({ body: 'Hi', language: null });
  });
});
