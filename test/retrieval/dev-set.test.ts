/**
 * Quality floors on the dev question set, measured with the project's own `evaluate()`.
 * These are release criteria, not smoke tests: a failure here means answers got worse.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, loadEvalSet, type EvalReport } from '../../src/eval/evaluate.js';
import { createTestContext, DEV_QUESTIONS, type TestContext } from '../helpers/core.js';

let test: TestContext;
let report: EvalReport;
beforeAll(async () => {
  test = await createTestContext();
  report = await evaluate(test.ctx, loadEvalSet(DEV_QUESTIONS));
});
afterAll(() => test?.cleanup());

const misses = () => `\n${report.failures.join('\n')}`;

describe('dev set quality floors', () => {
  it('ranks a gold paragraph in the top 3 for every Albanian question (hit@3 = 1.0)', () => {
    expect(report.byLanguage.sq?.answerable).toBe(10);
    expect(report.byLanguage.sq!.hit3, misses()).toBe(1);
  });

  it('ranks a gold paragraph first for at least 90% of Albanian questions (hit@1 ≥ 0.9)', () => {
    expect(report.byLanguage.sq!.hit1, misses()).toBeGreaterThanOrEqual(0.9);
  });

  it('ranks a gold paragraph in the top 3 for at least 80% of English questions (hit@3 ≥ 0.8)', () => {
    expect(report.byLanguage.en?.answerable).toBe(10);
    expect(report.byLanguage.en!.hit3, misses()).toBeGreaterThanOrEqual(0.8);
  });

  it('says "not found" for at least 3 of the 4 questions the article does not answer', () => {
    expect(report.unanswerable).toBe(4);
    expect(report.correctRefusals, misses()).toBeGreaterThanOrEqual(3);
  });

  it('refuses no answerable question', () => {
    expect(report.falseRefusals, misses()).toBe(0);
  });

  it('quotes every citation verbatim from its paragraph (quote fidelity 100%)', () => {
    expect(report.quotes).toBeGreaterThan(0);
    expect(report.verbatimQuotes, misses()).toBe(report.quotes);
  });

  it('gives every citation an existing paragraph and every [n] a source (citation validity 100%)', () => {
    expect(report.citations).toBeGreaterThan(0);
    expect(report.citationsValid, misses()).toBe(report.citations);
  });
});
