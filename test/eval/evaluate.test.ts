import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, loadEvalSet, type EvalQuestion, type EvalReport } from '../../src/eval/evaluate.js';
import type { BotContext } from '../../src/context.js';
import { DEV_QUESTIONS, makeTempDir, removeDir, useTestContext } from '../helpers/core.js';

const suite = useTestContext();

describe('loadEvalSet', () => {
  it('reads the 24 dev questions: 10 Albanian, 10 English answerable and 4 unanswerable', () => {
    const questions = loadEvalSet(DEV_QUESTIONS);
    expect(questions).toHaveLength(24);
    expect(questions.filter((q) => q.paragraphs.length === 0)).toHaveLength(4);
    expect(questions.filter((q) => q.lang === 'sq' && q.paragraphs.length > 0)).toHaveLength(10);
    expect(questions.filter((q) => q.lang === 'en' && q.paragraphs.length > 0)).toHaveLength(10);
    for (const n of questions.flatMap((q) => q.paragraphs)) {
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(12);
    }
  });

  it('reads any file in the same format', () => {
    const dir = makeTempDir('qa-eval-');
    try {
      const path = join(dir, 'set.json');
      writeFileSync(path, JSON.stringify({ questions: [{ lang: 'en', q: 'Who is John Kirby?', paragraphs: [4] }] }));
      expect(loadEvalSet(path)).toEqual([{ lang: 'en', q: 'Who is John Kirby?', paragraphs: [4] }]);
    } finally {
      removeDir(dir);
    }
  });
});

describe('evaluate', () => {
  it('reports per-language rates in [0, 1], refusal counts, quote and citation counts, and failures', async () => {
    const report = await evaluate(suite.ctx, loadEvalSet(DEV_QUESTIONS));
    expect(Object.keys(report).sort()).toEqual(
      ['byLanguage', 'citations', 'citationsValid', 'correctRefusals', 'failures', 'falseRefusals', 'quotes', 'unanswerable', 'verbatimQuotes'].sort(),
    );
    expect(Object.keys(report.byLanguage).sort()).toEqual(['en', 'sq']);
    for (const stats of Object.values(report.byLanguage)) {
      expect(Object.keys(stats).sort()).toEqual(['answerable', 'citedHit', 'hit1', 'hit3', 'kindAsked', 'kindQuoted', 'mrr'].sort());
      expect(stats.answerable).toBe(10);
      for (const rate of [stats.hit1, stats.hit3, stats.mrr, stats.citedHit]) {
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
      }
      expect(stats.hit1).toBeLessThanOrEqual(stats.hit3);
      expect(stats.mrr).toBeGreaterThanOrEqual(stats.hit1);
    }
    expect(report.unanswerable).toBe(4);
    expect(report.correctRefusals).toBeLessThanOrEqual(report.unanswerable);
    expect(report.falseRefusals).toBeLessThanOrEqual(20);
    expect(report.quotes).toBe(report.citations);
    expect(report.verbatimQuotes).toBeLessThanOrEqual(report.quotes);
    expect(report.citationsValid).toBeLessThanOrEqual(report.citations);
    expect(Array.isArray(report.failures)).toBe(true);
  });

  it('scores a hit at rank 1, a refusal of an unanswerable question, and explains each miss', async () => {
    const questions: EvalQuestion[] = [
      { lang: 'sq', q: 'Çfarë tha John Kirby?', paragraphs: [4] },
      { lang: 'sq', q: 'Çfarë tha John Kirby?', paragraphs: [9] },
      { lang: 'en', q: 'What is the capital of Australia?', paragraphs: [] },
      { lang: 'en', q: 'What is the capital of Australia?', paragraphs: [3] },
    ];
    const report = await evaluate(suite.ctx, questions);
    expect(report.byLanguage.sq).toMatchObject({ answerable: 2, hit1: 0.5, citedHit: 0.5 });
    expect(report.byLanguage.sq!.mrr).toBeGreaterThan(0.5);
    expect(report.byLanguage.sq!.mrr).toBeLessThan(1);
    expect(report.unanswerable).toBe(1);
    expect(report.correctRefusals).toBe(1);
    expect(report.falseRefusals).toBe(1);
    expect(report.failures.some((f) => f.startsWith('gold ¶9 ranked') && f.endsWith('Çfarë tha John Kirby?'))).toBe(true);
    expect(report.failures).toContain('refused an answerable question (missing-name): What is the capital of Australia?');
    expect(report.verbatimQuotes).toBe(report.quotes);
    expect(report.citationsValid).toBe(report.citations);
  });

  it('counts an unanswerable question that gets answered as a failure', async () => {
    const report = await evaluate(suite.ctx, [{ lang: 'sq', q: 'Çfarë tha John Kirby?', paragraphs: [] }]);
    expect(report.correctRefusals).toBe(0);
    expect(report.failures).toEqual(['answered an unanswerable question: Çfarë tha John Kirby?']);
    expect(report.byLanguage).toEqual({});
  });

  it('flags a citation whose quote is not in its paragraph', async () => {
    const lying: BotContext = {
      ...suite.ctx,
      answerer: {
        mode: 'extractive',
        ask: async (q) => ({
          ...(await suite.ctx.answerer.ask(q)),
          text: 'Invented [1] [2]',
          citations: [{ marker: 1, articleId: suite.ctx.article.id, paragraph: 4, quote: 'Kirby said nothing of the kind.' }],
        }),
        summarize: suite.ctx.answerer.summarize.bind(suite.ctx.answerer),
      },
    };
    const report = await evaluate(lying, [{ lang: 'sq', q: 'Çfarë tha John Kirby?', paragraphs: [4] }]);
    expect(report).toMatchObject({ quotes: 1, verbatimQuotes: 0, citations: 1, citationsValid: 0 });
    expect(report.failures).toContain('invalid citation [1] ¶4 for: Çfarë tha John Kirby?');
  });

  it('flags an answer whose text uses a marker no citation has, even when its quotes are verbatim', async () => {
    const dangling: BotContext = {
      ...suite.ctx,
      answerer: {
        mode: 'extractive',
        ask: async (q) => {
          const answer = await suite.ctx.answerer.ask(q);
          return { ...answer, text: `${answer.text} [9]` };
        },
        summarize: suite.ctx.answerer.summarize.bind(suite.ctx.answerer),
      },
    };
    const report = await evaluate(dangling, [{ lang: 'sq', q: 'Çfarë tha John Kirby?', paragraphs: [4] }]);
    expect(report.quotes).toBeGreaterThan(0);
    expect(report.verbatimQuotes).toBe(report.quotes);
    expect(report.citationsValid).toBe(0);
  });

  it('gives the same report on every run', async () => {
    const questions = loadEvalSet(DEV_QUESTIONS).slice(0, 6);
    expect(await evaluate(suite.ctx, questions)).toEqual(await evaluate(suite.ctx, questions));
  });
});

describe('formatReport', () => {
  const report: EvalReport = {
    byLanguage: { sq: { answerable: 2, hit1: 0.5, hit3: 1, mrr: 0.75, citedHit: 0.5, kindAsked: 1, kindQuoted: 1 } },
    unanswerable: 1,
    correctRefusals: 0,
    falseRefusals: 0,
    quotes: 2,
    verbatimQuotes: 2,
    citations: 2,
    citationsValid: 2,
    failures: ['answered an unanswerable question: Kush fitoi?', 'gold ¶3 ranked 2 (top: ¶1, ¶3): Kur?'],
  };

  it('lists every miss of a development set', () => {
    const text = formatReport(report);
    expect(text).toContain('misses:\n  - answered an unanswerable question: Kush fitoi?\n  - gold ¶3 ranked 2');
  });

  it('counts the misses of a frozen set without showing their questions', () => {
    const text = formatReport(report, { listMisses: false });
    expect(text).toContain('misses: 2 (not listed: the set is frozen)');
    expect(text).not.toContain('Kush fitoi');
    expect(text).not.toContain('ranked');
    expect(text).toContain('refusals: 0/1 unanswerable questions refused; 0 answerable questions refused');
  });
});
