import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/text/normalize.js';

describe('cleanText', () => {
  it.each([
    ['an invisible separator (U+2063)', 'Kir\u2063by'],
    ['a right-to-left override (U+202E) and its pop (U+202C)', '\u202EKirby\u202C'],
    ['a left-to-right isolate (U+2066) and its pop (U+2069)', '\u2066Kirby\u2069'],
    ['a zero-width space, joiner and non-joiner', 'K\u200Bi\u200Cr\u200Dby'],
    ['a word joiner and a soft hyphen', 'Kir\u2060b\u00ADy'],
    ['a byte-order mark', '\uFEFFKirby'],
  ])('removes %s', (_, text) => {
    expect(cleanText(text)).toBe('Kirby');
  });

  it('keeps letters, marks, spaces and punctuation', () => {
    expect(cleanText('Çfarë tha — “Kirby”?\n')).toBe('Çfarë tha — “Kirby”?\n');
  });
});
