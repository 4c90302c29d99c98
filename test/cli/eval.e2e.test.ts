/** `node dist/src/cli/eval.js` as a child process: prints the report for the dev set. */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, makeTempDir, removeDir } from '../helpers/core.js';
import { childEnv, ensureBuilt, runNode } from '../helpers/dist.js';

let tmp: string;
beforeAll(async () => {
  await ensureBuilt();
  tmp = makeTempDir('qa-e2e-eval-');
}, 120_000);
afterAll(() => removeDir(tmp));

describe('eval CLI', () => {
  it('prints the report, also when started through a symlinked path with a space in it', async () => {
    const link = join(tmp, 'repo with space');
    symlinkSync(REPO_ROOT, link, 'dir');
    const result = await runNode(join(link, 'dist/src/cli/eval.js'), ['eval/dev-questions.json'], childEnv(join(tmp, 'embeddings')));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Eval of eval\/dev-questions\.json \(eval\/dev-questions\.json; articles: articles\) — extractive answers, embedder local-char-ngram-tfidf-v2/);
    expect(result.stdout).toMatch(/^language\s+questions\s+hit@1\s+hit@3\s+MRR\s+cited-hit\s+kind-quoted$/m);
    expect(result.stdout).toMatch(/^sq\s+10\s/m);
    expect(result.stdout).toMatch(/^en\s+10\s/m);
    expect(result.stdout).toMatch(/^refusals: \d+\/4 unanswerable questions refused; \d+ answerable questions refused$/m);
    expect(result.stdout).toMatch(/^quote fidelity: 100\.0% \(\d+\/\d+\)$/m);
    expect(result.stdout).toMatch(/^citation validity: 100\.0% \(\d+\/\d+\)$/m);
  });

  it('scores a set over several articles, each on its own index, when given the article folders', async () => {
    const result = await runNode(
      join(REPO_ROOT, 'dist/src/cli/eval.js'),
      ['eval/corpus-dev-questions.json', '--articles', 'articles', '--articles', 'eval/articles'],
      childEnv(join(tmp, 'embeddings')),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Eval of eval\/corpus-dev-questions\.json \(eval\/corpus-dev-questions\.json; articles: articles, eval\/articles\)/);
    expect(result.stdout).toMatch(/^quote fidelity: 100\.0% \(\d+\/\d+\)$/m);
  });

  it('explains its usage with exit code 2 when an option is unknown', async () => {
    const result = await runNode(join(REPO_ROOT, 'dist/src/cli/eval.js'), ['eval/dev-questions.json', '--verbose'], childEnv(join(tmp, 'embeddings')));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Usage: npm run eval \[-- --dev \| questions\.json \[--articles DIR \.\.\.\]\]\n/);
    expect(result.stdout).toBe('');
  });

  it('prints its usage with exit code 0 when asked for help', async () => {
    const result = await runNode(join(REPO_ROOT, 'dist/src/cli/eval.js'), ['--help'], childEnv(join(tmp, 'embeddings')));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--dev\s+every set of eval\/sets\.json except the frozen ones/);
  });

  it('runs every set but the frozen one with --dev', async () => {
    // Every development set: slow on a loaded machine, so the child gets longer than the usual 20 s.
    const result = await runNode(join(REPO_ROOT, 'dist/src/cli/eval.js'), ['--dev'], childEnv(join(tmp, 'embeddings')), '', 110_000);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Eval of dev \(/m);
    expect(result.stdout).not.toMatch(/frozen/);
  }, 120_000);
});
