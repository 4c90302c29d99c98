import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Retrieval } from '../../src/retrieval/retriever.js';
import { summarySentences } from '../../src/answer/extractive.js';
import { SUMMARY_LENGTHS, type Answer } from '../../src/answer/types.js';
import { loadEvalSet } from '../../src/eval/evaluate.js';
import { UserError } from '../../src/errors.js';
import { t } from '../../src/i18n.js';
import { DEV_QUESTIONS, expectArticleOrder, expectFaithful, SEED_ID, useTestContext } from '../helpers/core.js';

const suite = useTestContext();

/** Dev questions plus odd but valid ways of asking. */
const QUESTIONS = [
  ...loadEvalSet(DEV_QUESTIONS).map((q) => q.q),
  'Ku do të takohen?',
  'ku do te takohen',
  'KU DO TË TAKOHEN KIM DHE PUTIN???',
  'Ku do të tako\u200Bhen?',
  'Vladivostok',
  'Shoigu',
  'What about Shoigu?',
  '2022',
  'Kim Jong Un Putin Vladivostok tren Pheniani Moska Kina TASS Kirby Lewis sanksione',
  'Where will they meet? <@123456789012345678>',
  'Путин Putin?',
];

describe('ExtractiveAnswerer.ask', () => {
  let answers: Answer[];
  beforeAll(async () => {
    answers = [];
    for (const q of QUESTIONS) answers.push(await suite.ctx.extractive.ask(q));
  });

  it('quotes every citation verbatim from the paragraph it cites, and every [n] has a citation', () => {
    for (const answer of answers) expectFaithful(answer, suite.ctx.articles);
  });

  it('always shows at least one cited passage, found or not', () => {
    for (const answer of answers) expect(answer.citations.length, answer.question).toBeGreaterThan(0);
  });

  it('builds a found answer only from its quotes, in article order, each marked, headed as the closest when unsure', () => {
    for (const answer of answers.filter((a) => a.found)) {
      const quotes = answer.citations.map((c) => `${c.quote} [${c.marker}]`).join(' ');
      expect(answer.text).toBe(answer.confidence === 'high' ? quotes : `${t('closestAnswer', answer.language)} ${quotes}`);
      expect(answer.citations.length).toBeLessThanOrEqual(2);
      expectArticleOrder(suite.ctx.article, answer.citations);
    }
  });

  it('answers a not-found question with the not-found text in its language and at most 2 closest passages', () => {
    const notFound = answers.filter((a) => !a.found);
    expect(notFound.length).toBeGreaterThan(0);
    for (const answer of notFound) {
      expect(answer.text).toBe(t('notFound', answer.language));
      expect(answer.citations.length).toBeLessThanOrEqual(2);
    }
  });

  it('describes the article and the engine on every answer', () => {
    for (const answer of answers) {
      expect(answer.mode).toBe('extractive');
      expect(answer.article).toEqual({ id: SEED_ID, title: suite.ctx.article.title, date: '2023-09', language: 'sq' });
      for (const citation of answer.citations) expect(citation.articleId).toBe(SEED_ID);
    }
  });

  it('answers the meeting-place question with the Vladivostok passage', async () => {
    const answer = await suite.ctx.extractive.ask('Ku do të takohen?');
    expect(answer.found).toBe(true);
    expect(answer.language).toBe('sq');
    expect(answer.text).toContain('Vladivostok');
    expect([2, 5]).toContain(answer.citations[0]!.paragraph);
  });

  it('keeps the question as asked (cleaned) in the answer', async () => {
    expect((await suite.ctx.extractive.ask('  Ku   do të\u200B takohen?  ')).question).toBe('Ku do të takohen?');
  });

  it('writes the not-found text in the language of the question', async () => {
    const sq = await suite.ctx.extractive.ask('Kush e fitoi Kupën e Botës në futboll në vitin 2022?');
    expect(sq.found).toBe(false);
    expect(sq.language).toBe('sq');
    expect(sq.text).toBe('Artikulli nuk e thotë këtë. Këto janë pjesët më të afërta:');
    const en = await suite.ctx.extractive.ask('What is the capital of Australia?');
    expect(en.found).toBe(false);
    expect(en.language).toBe('en');
    expect(en.text).toBe('The article does not say. These are the closest passages:');
  });

  it('answers in the language it is asked to, whatever the question', async () => {
    const answer = await suite.ctx.extractive.ask('What is the capital of Australia?', { language: 'sq' });
    expect(answer.language).toBe('sq');
    expect(answer.text).toBe(t('notFound', 'sq'));
  });

  it('still reads the question in its own language when asked to answer in the other one', async () => {
    const answer = await suite.ctx.extractive.ask('Who visited Pyongyang to talk about arms supplies?', { language: 'sq' });
    expect(answer).toMatchObject({ found: true, language: 'sq' });
    expect(answer.citations.map((c) => c.paragraph)).toContain(7);
  });

  it('quotes only sentences that mention what the question asks about', async () => {
    const answer = await suite.ctx.extractive.ask("What is Shoigu's job?");
    expect(answer.citations.every((c) => /Shoigu/.test(c.quote))).toBe(true);
  });

  it('reports the whole answer once through onPartial', async () => {
    const onPartial = vi.fn();
    const answer = await suite.ctx.extractive.ask('Çfarë tha John Kirby?', { onPartial });
    expect(onPartial).toHaveBeenCalledTimes(1);
    expect(onPartial).toHaveBeenCalledWith(answer.text);
  });

  it('reports the retrieval its answer is made from through onRetrieval, once', async () => {
    const reported: Retrieval[] = [];
    const answer = await suite.ctx.extractive.ask('Me çfarë treni do të udhëtojë Kim?', { onRetrieval: (r) => reported.push(r) });
    expect(reported).toHaveLength(1);
    expect(reported[0]).toEqual(await suite.ctx.retriever.retrieve('Me çfarë treni do të udhëtojë Kim?'));
    expect(answer.citations[0]?.paragraph).toBe(reported[0]!.passages[0]!.paragraph.number);
  });

  it('gives the same answer to the same question every time', async () => {
    expect(await suite.ctx.extractive.ask('Me çfarë treni do të udhëtojë Kim?')).toEqual(await suite.ctx.extractive.ask('Me çfarë treni do të udhëtojë Kim?'));
  });

  it('rejects an unusable question with a UserError, not a crash', async () => {
    for (const bad of ['', '   ', '😀', 'x'.repeat(10_000), 'Где встреча?']) {
      await expect(suite.ctx.extractive.ask(bad)).rejects.toBeInstanceOf(UserError);
    }
  });

  it('is the engine the offline context answers with', () => {
    expect(suite.ctx.answerer).toBe(suite.ctx.extractive);
    expect(suite.ctx.answerer.mode).toBe('extractive');
  });
});

describe('ExtractiveAnswerer.summarize', () => {
  it.each([
    ['short', 3, 3],
    ['detailed', 6, 8],
    ['bullets', 3, 8],
  ] as const)('makes a %s summary of %i–%i cited, verbatim sentences in article order', async (length, min, max) => {
    const summary = await suite.ctx.extractive.summarize(length, 'sq');
    expect(summary.length).toBe(length);
    expect(summary.mode).toBe('extractive');
    expect(summary.points.length).toBeGreaterThanOrEqual(min);
    expect(summary.points.length).toBeLessThanOrEqual(max);
    expect(summary.citations).toHaveLength(summary.points.length);
    expectFaithful({ citations: summary.citations, text: summary.points.map((p) => `${p.text} ${p.markers.map((m) => `[${m}]`).join('')}`).join(' ') }, suite.ctx.articles);
    expectArticleOrder(suite.ctx.article, summary.citations);
    summary.points.forEach((point, i) => {
      expect(point.markers).toEqual([summary.citations[i]!.marker]);
      expect(point.text).toBe(summary.citations[i]!.quote);
    });
    expect(new Set(summary.citations.map((c) => c.quote)).size).toBe(summary.citations.length);
    expect(summary.article.id).toBe(SEED_ID);
  });

  it('makes a detailed summary longer than a short one', async () => {
    expect((await suite.ctx.extractive.summarize('detailed', 'en')).points.length).toBeGreaterThan((await suite.ctx.extractive.summarize('short', 'en')).points.length);
  });

  it('records the requested language and is the same every time', async () => {
    for (const length of SUMMARY_LENGTHS) {
      const en = await suite.ctx.extractive.summarize(length, 'en');
      expect(en.language).toBe('en');
      expect(await suite.ctx.extractive.summarize(length, 'en')).toEqual(en);
    }
  });

  it('never picks more sentences than the article has', () => {
    const total = suite.ctx.article.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
    expect(summarySentences(suite.ctx.article, 1000)).toHaveLength(total);
  });
});
