import { describe, expect, it } from 'vitest';
import { cognateKey } from '../../src/text/analyze.js';

/** The rewrites cognateKey makes, one across the word after another: what its single pass must equal. */
const rewrittenInTurn = (word: string) =>
  word
    .replace(/ch/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/gj/g, 'g')
    .replace(/xh/g, 'x')
    .replace(/c/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/j/g, 'i')
    .replace(/(.)\1+/g, '$1');

describe('cognateKey', () => {
  it('folds English and Albanian spellings of one word alike', () => {
    expect(cognateKey('technology')).toBe(cognateKey('teknologji'));
    expect(cognateKey('artillery')).toBe(cognateKey('artileri'));
    expect(cognateKey('xhami')).toBe('ksami');
  });

  it('rewrites every word as the rewrites made in turn do, overlapping pairs and runs included', () => {
    const letters = 'chpgjxqywkisa';
    const words = ['chch', 'cch', 'xch', 'cxh', 'gjj', 'xhh', 'phh', 'kss', 'xs', 'gch', 'ggj', 'qq', 'yj', 'a\n\nb', 'ëë'];
    // Every word of up to five of the letters the rewrites read.
    const grow = (prefix: string, left: number): void => {
      words.push(prefix);
      if (left > 0) for (const letter of letters) grow(prefix + letter, left - 1);
    };
    grow('', 5);
    for (const word of words) expect(cognateKey(word), word).toBe(rewrittenInTurn(word));
  });
});
