import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/article/article.js';
import { isValidCitation, isVerbatim, markersIn } from '../../src/answer/verify.js';
import { SEED_ARTICLE, SEED_ID } from '../helpers/core.js';

const article = loadArticle(SEED_ARTICLE);
const p4 = article.paragraphs[3]!.text;
const cite = (paragraph: number, quote: string, articleId = SEED_ID) => ({ marker: 1, articleId, paragraph, quote });

describe('isVerbatim', () => {
  it('accepts an exact substring and ignores quote-mark style and spacing', () => {
    expect(isVerbatim('John Kirby, tha më 30 gusht', p4)).toBe(true);
    expect(isVerbatim('"Synohet forcimi i raportit', article.paragraphs[6]!.text)).toBe(true);
    expect(isVerbatim('për t\'u takuar', article.paragraphs[1]!.text)).toBe(true);
    expect(isVerbatim('John   Kirby,\ntha', p4)).toBe(true);
  });

  it('rejects a changed word, a changed letter or an empty quote', () => {
    expect(isVerbatim('John Kirby, tha më 31 gusht', p4)).toBe(false);
    expect(isVerbatim('Shtepise se Bardhe', p4)).toBe(false);
    expect(isVerbatim('', p4)).toBe(false);
    expect(isVerbatim('   ', p4)).toBe(false);
  });
});

describe('isValidCitation', () => {
  it('accepts a quote found in the cited paragraph', () => {
    expect(isValidCitation(cite(4, 'John Kirby'), [article])).toBe(true);
    expect(isValidCitation(cite(12, article.paragraphs[11]!.text), [article])).toBe(true);
  });

  it('rejects a quote from another paragraph, a missing paragraph, an unknown article or invented text', () => {
    expect(isValidCitation(cite(5, 'John Kirby'), [article])).toBe(false);
    expect(isValidCitation(cite(0, 'John Kirby'), [article])).toBe(false);
    expect(isValidCitation(cite(13, 'John Kirby'), [article])).toBe(false);
    expect(isValidCitation(cite(4, 'John Kirby', 'other-article'), [article])).toBe(false);
    expect(isValidCitation(cite(4, 'Kirby said the summit was cancelled'), [article])).toBe(false);
  });

  it('rejects a quote that matches only after normalising quote marks or spacing, and an empty quote', () => {
    const p7 = article.paragraphs[6]!.text;
    expect(p7).toContain('“Synohet forcimi i raportit');
    expect(isValidCitation(cite(7, '"Synohet forcimi i raportit'), [article])).toBe(false);
    expect(isValidCitation(cite(4, 'John   Kirby,\ntha'), [article])).toBe(false);
    expect(isValidCitation(cite(4, ''), [article])).toBe(false);
  });
});

describe('markersIn', () => {
  it('lists the [n] markers of a text once each, in order of first use', () => {
    expect(markersIn('A [2] b [1] c [2] [10]')).toEqual([2, 1, 10]);
    expect(markersIn('no markers [x] [] [1234]')).toEqual([]);
  });
});
