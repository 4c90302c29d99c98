import { describe, expect, it } from 'vitest';
import { cleanText, fold } from '../../src/text/normalize.js';

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

describe('fold', () => {
  /** The full folding, with Unicode normalisation, that the fast path for plain letters must agree with. */
  const fullFold = (text: string) => cleanText(text).toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');

  it('lowercases and drops ë and ç marks, for ASCII and Albanian words alike', () => {
    const words = ['Çfarë', 'ÇFARË', 'Shkodër', 'KESH-in', 'cfare', 'Kim', "O'Brien", 'Durrës–Bari', 'Zürich', 'café', 'e\u0308', 'ka\u00adli', '123', '', 'Ë', 'ç', 'İstanbul', '😀'];
    for (const word of words) expect(fold(word), word).toBe(fullFold(word));
    expect(fold('ÇFARË')).toBe('cfare');
    expect(fold('ka\u00adli')).toBe('kali');
  });
});
