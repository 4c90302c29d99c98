import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/article.js';
import { findQuotes, getParagraph, paragraphChoices } from '../../src/answer/quote.js';
import { UserError } from '../../src/errors.js';
import { expectArticleOrder, expectFaithful, SEED_ID, useTestContext } from '../helpers/core.js';

const suite = useTestContext();

describe('findQuotes', () => {
  const TOPICS: [string, 'sq' | 'en'][] = [
    ['armët', 'sq'],
    ['armet', 'sq'],
    ['Patricia Lewis', 'sq'],
    ['sanksione', 'sq'],
    ['Kirby', 'en'],
    ['Vladivostok', 'en'],
    ['futboll', 'sq'],
    ['Australia', 'en'],
  ];

  it.each(TOPICS)('quotes "%s" verbatim with ¶ numbers, in article order, without repeats', async (topic, language) => {
    const result = await findQuotes(suite.ctx.retriever, topic, language);
    expect(result.topic).toBe(topic);
    expect(result.language).toBe(language);
    expect(result.article.id).toBe(SEED_ID);
    expect(result.citations.length).toBeGreaterThan(0);
    expect(result.citations.length).toBeLessThanOrEqual(result.found ? 3 : 2);
    expectFaithful(result, suite.ctx.articles);
    expectArticleOrder(suite.ctx.article, result.citations);
    expect(new Set(result.citations.map((c) => c.quote)).size).toBe(result.citations.length);
  });

  it('finds passages about a topic the article covers', async () => {
    const result = await findQuotes(suite.ctx.retriever, 'Patricia Lewis', 'sq');
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('Patricia Lewis'))).toBe(true);
  });

  it('says a topic the article never mentions is not found, still showing the closest passages', async () => {
    const result = await findQuotes(suite.ctx.retriever, 'Xi Jinping', 'en');
    expect(result.found).toBe(false);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('rejects an empty or unreadable topic with a UserError', async () => {
    for (const bad of ['', '   ', '🙂🙂', '<@123456789012345678>', '北京']) {
      await expect(findQuotes(suite.ctx.retriever, bad, 'en')).rejects.toBeInstanceOf(UserError);
    }
  });
});

describe('getParagraph', () => {
  it('returns every paragraph in full, with its number and the paragraph count', () => {
    for (const paragraph of suite.ctx.article.paragraphs) {
      const result = getParagraph(suite.ctx.article, paragraph.number);
      expect(result).toEqual({
        article: { id: SEED_ID, title: suite.ctx.article.title, date: '2023-09', language: 'sq' },
        paragraph: paragraph.number,
        paragraphCount: 12,
        text: paragraph.text,
      });
    }
  });

  it('accepts what people type: " 3 ", "¶3", "¶ 3", "+3", "03"', () => {
    for (const input of [' 3 ', '¶3', '¶ 3', '+3', '03']) expect(getParagraph(suite.ctx.article, input).paragraph).toBe(3);
    expect(getParagraph(suite.ctx.article, '12').text).toBe(suite.ctx.article.paragraphs[11]!.text);
  });

  it.each([0, 99, 13, -1, '0', '99', '-1', '1000000000000'])('rejects paragraph %s with a UserError naming the range 1–12', (input) => {
    const error = catchUserError(() => getParagraph(suite.ctx.article, input));
    expect(error.in('en')).toMatch(/There is no paragraph .*\. The article has paragraphs 1 to 12\./);
    expect(error.in('sq')).toMatch(/Artikulli ka paragrafët 1 deri në 12\./);
  });

  it.each(['', '   ', '¶', '¶ '])('asks which paragraph when "%s" gives no number, naming the range and an example', (input) => {
    const error = catchUserError(() => getParagraph(suite.ctx.article, input));
    expect(error.in('en')).toBe('Which paragraph? Give its number, from 1 to 12, for example: /paragraph 2');
    expect(error.in('sq')).toBe('Cili paragraf? Jepni numrin e tij, nga 1 deri në 12, për shembull: /paragraph 2');
  });

  it.each(['abc', '2.5', '3 4', 'NaN', 'Infinity', '1e1', '¶ x'])('rejects "%s" as not a paragraph number, naming the range', (input) => {
    const error = catchUserError(() => getParagraph(suite.ctx.article, input));
    expect(error.in('en')).toMatch(/is not a paragraph number\. Use a whole number from 1 to 12\./);
    expect(error.in('sq')).toMatch(/nga 1 deri në 12\./);
  });

  it('quotes a long non-number back cut short', () => {
    const error = catchUserError(() => getParagraph(suite.ctx.article, 'x'.repeat(5000)));
    expect(error.in('en').length).toBeLessThan(200);
  });
});

function catchUserError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

describe('paragraphChoices', () => {
  /** An article of `count` paragraphs, each "Paragraph n" followed by `words`. */
  const articleOf = (count: number, words: string): Article => ({
    ...suite.ctx.article,
    paragraphs: Array.from({ length: count }, (_, i) => ({ number: i + 1, text: `Paragraph ${i + 1} ${words}`, sentences: [] })),
  });

  it('names every paragraph "¶n — first eight words…" when nothing is typed', () => {
    const choices = paragraphChoices(suite.ctx.article, '');

    expect(choices.map((c) => c.value)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(choices[0]!.name).toBe('¶1 — Kremlini tha sot se nuk kishte asnjë koment…');
  });

  it('matches typed digits (with or without ¶) against the start of ¶ numbers', () => {
    expect(paragraphChoices(suite.ctx.article, '1').map((c) => c.value)).toEqual([1, 10, 11, 12]);
    expect(paragraphChoices(suite.ctx.article, ' ¶ 2 ').map((c) => c.value)).toEqual([2]);
    expect(paragraphChoices(suite.ctx.article, '13')).toEqual([]);
  });

  it('matches other text against the paragraphs, ignoring case and diacritics', () => {
    const kirby = suite.ctx.article.paragraphs.filter((p) => p.text.includes('Kirby')).map((p) => p.number);

    expect(kirby.length).toBeGreaterThan(0);
    expect(paragraphChoices(suite.ctx.article, 'KIRBY').map((c) => c.value)).toEqual(kirby);
    expect(paragraphChoices(suite.ctx.article, 'moskes').map((c) => c.value)).toEqual(paragraphChoices(suite.ctx.article, 'Moskës').map((c) => c.value));
  });

  it('offers at most 25 choices with names of at most 100 characters, within Discord’s limits', () => {
    const choices = paragraphChoices(articleOf(30, 'x'.repeat(300)), '');

    expect(choices).toHaveLength(25);
    expect(choices.every((c) => c.name.length <= 100)).toBe(true);
    expect(choices[0]!.name).toMatch(/^¶1 — Paragraph 1 x+…$/);
  });
});

describe('findQuotes without a topic', () => {
  it('asks for a topic, in the asker’s language, instead of searching for nothing', async () => {
    const error = await findQuotes(suite.ctx.retriever, '  ', 'sq').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).in('sq')).toContain('temë');
    expect((error as UserError).in('en')).toContain('topic');
  });
});
