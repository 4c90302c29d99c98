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
  it('lists the dev, paraphrase, corpus-dev, dev2, dev3, dev4 and frozen test sets, with files that exist', () => {
    expect(sets.map((s) => s.name)).toEqual(['dev', 'paraphrase', 'corpus-dev', 'dev2', 'dev3', 'dev4', 'test (frozen)']);
  });
});

describe.each(['paraphrase', 'corpus-dev', 'dev2'])('quality floors on the %s set', (name) => {
  it('quotes every citation verbatim, and every citation is valid', () => {
    const r = reports.get(name)!;
    expect(r.verbatimQuotes, misses(name)).toBe(r.quotes);
    expect(r.citationsValid, misses(name)).toBe(r.citations);
  });

  it('ranks a gold passage of the right article first for at least 75% of questions in each language', () => {
    for (const stats of Object.values(reports.get(name)!.byLanguage)) expect(stats.hit1, misses(name)).toBeGreaterThanOrEqual(0.75);
  });

  it('refuses at most 6% of the answerable questions', () => {
    const r = reports.get(name)!;
    expect(r.falseRefusals / answerable(r), misses(name)).toBeLessThanOrEqual(0.06);
  });

  it('refuses at least half of the questions no article answers', () => {
    const r = reports.get(name)!;
    expect(r.correctRefusals / r.unanswerable, misses(name)).toBeGreaterThanOrEqual(0.5);
  });
});
