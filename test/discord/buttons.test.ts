/** What a "Show source" button reads from its answer's message, and which ¶ it shows after a correction. */
import { describe, expect, it } from 'vitest';
import { splitSentences, type Article } from '../../src/article/article.js';
import { quotedExcerpt, sourceParagraph } from '../../src/discord/buttons.js';

const article = {
  paragraphs: ['Linja e re u hap sot.', 'Bileta kushton 50 lekë.'].map((text, i) => ({ number: i + 1, text, sentences: splitSentences(text) })),
} as unknown as Article;

describe('quotedExcerpt', () => {
  const sources = '**Sources**\n[1] ¶3 — «Po të hënën, një zyrtar \\*amerikan\\*, i cili…»\n↳ *translation: On Monday…*\n[2] ¶10 (Stadiumi · 2025-05) — «Federata e Futbollit njoftoi. …»';

  it('reads the quote of a marker without markdown escapes or the excerpt’s ellipsis, also after another article’s label', () => {
    expect(quotedExcerpt([{ description: sources }], 1)).toBe('Po të hënën, një zyrtar *amerikan*, i cili');
    expect(quotedExcerpt([{ description: 'Answer [1]' }, { description: sources }], 2)).toBe('Federata e Futbollit njoftoi.');
  });

  it('is undefined for a marker the message does not list, or a message without embeds', () => {
    expect(quotedExcerpt([{ description: sources }], 3)).toBeUndefined();
    expect(quotedExcerpt([], 1)).toBeUndefined();
    expect(quotedExcerpt([{ description: null }], 1)).toBeUndefined();
  });
});

describe('sourceParagraph', () => {
  it('keeps the named ¶ while it holds the quote, or when the quote is unknown', () => {
    expect(sourceParagraph(article, 2, 'Bileta kushton')).toEqual({ paragraph: 2 });
    expect(sourceParagraph(article, 2, undefined)).toEqual({ paragraph: 2 });
  });

  it('follows a quote a correction moved, and says when no ¶ holds it any more', () => {
    expect(sourceParagraph(article, 2, 'Linja e re')).toEqual({ paragraph: 1, notice: 'sourceMoved' });
    expect(sourceParagraph(article, 2, 'Bileta kushton 40 lekë.')).toEqual({ paragraph: 2, notice: 'sourceGone' });
    expect(sourceParagraph(article, 9, 'Bileta kushton 40 lekë.')).toEqual({ paragraph: 9, notice: 'sourceGone' });
  });
});
