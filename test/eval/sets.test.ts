/**
 * Quality floors on the development sets over several articles (eval/sets.json), each on its own
 * index, as `npm run eval` runs them. The frozen test set is never asserted on: it is measured.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvalReport } from '../../src/eval/evaluate.js';
import { evaluateSet, loadEvalSets } from '../../src/eval/sets.js';
import { REPO_ROOT, makeTempDir, silentLogger, testConfig } from '../helpers/core.js';

const sets = loadEvalSets(join(REPO_ROOT, 'eval', 'sets.json'));
const reports = new Map<string, EvalReport>();

beforeAll(async () => {
  const config = testConfig(makeTempDir('qa-sets-'));
  for (const set of sets.filter((s) => !s.frozen)) reports.set(set.name, (await evaluateSet(config, set, silentLogger())).report);
}, 120_000);

const misses = (name: string) => `\n${reports.get(name)!.failures.join('\n')}`;
const answerable = (r: EvalReport) => Object.values(r.byLanguage).reduce((sum, s) => sum + s.answerable, 0);

describe('eval/sets.json', () => {
  it('lists the dev, paraphrase, corpus-dev, dev2 to dev19 and frozen test sets, with files that exist', () => {
    expect(sets.map((s) => s.name)).toEqual(['dev', 'paraphrase', 'corpus-dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'test (frozen)']);
  });
});

/**
 * Floors per development set: the sets written with the engine in view hold it to more than
 * dev3 and dev4, which were written blind and measure what unseen questions get (their first
 * run: hit@1 0.72 / 0.69 and 0.73 / 0.62, 15% and 6% of answerable questions refused; after the
 * refusal rules of session 4, 6% and 0% refused, 49% and 54% of their unanswerable questions refused).
 * dev5 was written blind in session 4 and used only to check which of that session's changes
 * held on unseen questions (first run: hit@1 0.81 / 0.73, 9% of answerable and 33% of
 * unanswerable questions refused). dev6 was written blind in session 5 and used the same way
 * (first run: hit@1 0.90 / 0.63, 11% of answerable and 35% of unanswerable questions refused).
 * The refusal floors of the older sets were raised after session 5's refusal rules, and those of
 * dev2, dev3, dev4 and dev6 after session 6's (kinds of answer and their proof: 153 → 172 of the
 * 274 unanswerable questions of paraphrase and dev2–dev6 refused, no more answerable ones).
 * dev7 was written blind in session 6 and used like dev5 and dev6 (first run: hit@1 0.85 / 0.67,
 * 6% of answerable and 52% of unanswerable questions refused).
 * dev8 and dev9 were written blind in session 7. dev8 was run on each branch of the session's first
 * round and then tuned on for false refusals (first run: hit@1 0.75 / 0.67, 10% of answerable and
 * 54% of unanswerable questions refused); dev9 checked the second round (first run, with session 6's
 * code: hit@1 0.89 / 0.64, 6% of answerable and 64% of unanswerable questions refused).
 * Session 7's false-refusal fixes and "to happen" as a stopword took dev6's refusals of
 * unanswerable questions from 28 to 24 of 55 (and its answerable ones refused from 4 to 2), so its
 * floor went down from 45% to 43%.
 * dev10 was written blind in session 8 and checked every branch of that session before it was
 * merged (first run: hit@1 0.79 / 0.76, 9% of answerable and 41% of unanswerable questions refused;
 * at the end of the session's first round 0.79 / 0.80, 9% and 43%; it was then tuned on for false
 * refusals). dev11 was written blind in the middle of session 8 and checked its second round (first
 * run: hit@1 0.76 / 0.80, 8% of answerable and 51% of unanswerable questions refused). dev12 was
 * written blind at the end of session 8 and checked the second round's refusal changes against the
 * frozen set's verdict (first run, with the session's final code: hit@1 0.76 / 0.68, 9% of answerable
 * and 62% of unanswerable questions refused); session 9's two-part questions, false-refusal fixes and
 * near-miss rules took its refusals to 3% of answerable and 68% of unanswerable questions.
 * dev13, dev14 and dev15 were written blind in session 9 and checked every branch of that session
 * before it was merged (first runs, with session 8's final code: dev13 hit@1 0.82 / 0.76, 5% of
 * answerable and 45% of unanswerable questions refused; dev14 0.80 / 0.71, 12% and 48%; dev15
 * 0.85 / 0.67, 12% and 46%). dev13 and dev14 were then tuned on for false refusals; dev15 stayed blind
 * to the end of the session. Session 10's English news vocabulary, false-refusal fixes and near-miss
 * rules raised their floors (English hit@1 dev9 0.69 → 0.75, dev12 0.70 → 0.82, dev15 0.67 → 0.79).
 * dev16 and dev17 were written blind at the start of session 10 and checked every branch of that
 * session, never tuned on (first runs, with session 9's final code: dev16 hit@1 0.90 / 0.79, 5% of
 * answerable and 45% of unanswerable questions refused; dev17 0.86 / 0.76, 11% and 68%).
 * dev18 and dev19 were written blind at the start of session 11 and checked every branch of that
 * session, never tuned on (first runs, with session 10's final code: dev18 hit@1 0.97 / 0.79, 5% of
 * answerable and 56% of unanswerable questions refused; dev19 0.75 / 0.69, 8% and 59%).
 */
const FLOORS = [
  { name: 'paraphrase', hit1: 0.75, falseRefusals: 0.06, correctRefusals: 0.6 },
  { name: 'corpus-dev', hit1: 0.75, falseRefusals: 0.06, correctRefusals: 0.5 },
  { name: 'dev2', hit1: 0.75, falseRefusals: 0.06, correctRefusals: 0.7 },
  { name: 'dev3', hit1: 0.7, falseRefusals: 0.04, correctRefusals: 0.55 },
  { name: 'dev4', hit1: 0.7, falseRefusals: 0.05, correctRefusals: 0.7 },
  { name: 'dev5', hit1: 0.7, falseRefusals: 0.04, correctRefusals: 0.4 },
  { name: 'dev6', hit1: 0.55, falseRefusals: 0.12, correctRefusals: 0.5 },
  { name: 'dev7', hit1: 0.62, falseRefusals: 0.08, correctRefusals: 0.5 },
  { name: 'dev8', hit1: 0.6, falseRefusals: 0.06, correctRefusals: 0.45 },
  { name: 'dev9', hit1: 0.7, falseRefusals: 0.07, correctRefusals: 0.55 },
  { name: 'dev10', hit1: 0.7, falseRefusals: 0.06, correctRefusals: 0.42 },
  { name: 'dev11', hit1: 0.75, falseRefusals: 0.05, correctRefusals: 0.52 },
  { name: 'dev12', hit1: 0.72, falseRefusals: 0.03, correctRefusals: 0.62 },
  { name: 'dev13', hit1: 0.75, falseRefusals: 0.04, correctRefusals: 0.42 },
  { name: 'dev14', hit1: 0.72, falseRefusals: 0.05, correctRefusals: 0.45 },
  { name: 'dev15', hit1: 0.72, falseRefusals: 0.07, correctRefusals: 0.48 },
  { name: 'dev16', hit1: 0.72, falseRefusals: 0.08, correctRefusals: 0.4 },
  { name: 'dev17', hit1: 0.72, falseRefusals: 0.1, correctRefusals: 0.6 },
  { name: 'dev18', hit1: 0.75, falseRefusals: 0.07, correctRefusals: 0.5 },
  { name: 'dev19', hit1: 0.68, falseRefusals: 0.08, correctRefusals: 0.55 },
];

describe.each(FLOORS)('quality floors on the $name set', ({ name, hit1, falseRefusals, correctRefusals }) => {
  it('quotes every citation verbatim, and every citation is valid', () => {
    const r = reports.get(name)!;
    expect(r.verbatimQuotes, misses(name)).toBe(r.quotes);
    expect(r.citationsValid, misses(name)).toBe(r.citations);
  });

  it(`ranks a gold passage of the right article first for at least ${hit1 * 100}% of questions in each language`, () => {
    for (const stats of Object.values(reports.get(name)!.byLanguage)) expect(stats.hit1, misses(name)).toBeGreaterThanOrEqual(hit1);
  });

  it(`refuses at most ${falseRefusals * 100}% of the answerable questions`, () => {
    const r = reports.get(name)!;
    expect(r.falseRefusals / answerable(r), misses(name)).toBeLessThanOrEqual(falseRefusals);
  });

  it(`refuses at least ${correctRefusals * 100}% of the questions no article answers`, () => {
    const r = reports.get(name)!;
    expect(r.correctRefusals / r.unanswerable, misses(name)).toBeGreaterThanOrEqual(correctRefusals);
  });
});
