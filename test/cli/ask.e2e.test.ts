/** `node dist/src/cli/ask.js` as a user runs it: a child process with a minimal, explicit environment. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/article/article.js';
import { isVerbatim } from '../../src/answer/verify.js';
import { REPO_ROOT, SEED_ARTICLE, SEED_ID, makeTempDir, removeDir } from '../helpers/core.js';
import { childEnv, ensureBuilt, runNode } from '../helpers/dist.js';
import { addTram, articlesFolder, TRAM_ID } from '../helpers/articles.js';

const ASK = 'dist/src/cli/ask.js';
const article = loadArticle(SEED_ARTICLE);
let embeddingsDir: string;

beforeAll(async () => {
  await ensureBuilt();
  embeddingsDir = makeTempDir('qa-e2e-ask-');
}, 120_000);
afterAll(() => removeDir(embeddingsDir));

describe('ask CLI --json', () => {
  it('prints one JSON object per question with the stable keys, verbatim quotes, and found=false for an off-topic question', async () => {
    const result = await runNode(ASK, ['--json', 'Ku do të takohen?', 'What is the capital of Australia?'], childEnv(embeddingsDir));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);

    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const answer of [first!, second!]) {
      expect(Object.keys(answer).sort()).toEqual(['answer', 'article', 'citations', 'confidence', 'found', 'language', 'mode', 'question']);
      expect(answer.article).toBe(SEED_ID);
      expect(answer.mode).toBe('extractive');
      const citations = answer.citations as { article: string; paragraph: number; quote: string }[];
      expect(citations.length).toBeGreaterThan(0);
      for (const citation of citations) {
        expect(Object.keys(citation).sort()).toEqual(['article', 'paragraph', 'quote']);
        expect(citation.article).toBe(article.id);
        expect(isVerbatim(citation.quote, article.paragraphs[citation.paragraph - 1]!.text), citation.quote).toBe(true);
      }
    }
    // Whether the article answers it is retrieval quality, asserted in-process (test/retrieval,
    // test/answer); here: the line is an Albanian answer, cited with [n] or marked not found.
    expect(first).toMatchObject({ question: 'Ku do të takohen?', language: 'sq' });
    expect(typeof first!.found).toBe('boolean');
    if (first!.found) expect(first!.answer).toMatch(/\[1\]/);
    else expect(first!.answer).toBe('Artikulli nuk e thotë këtë. Këto janë pjesët më të afërta:');
    expect(second).toMatchObject({ question: 'What is the capital of Australia?', found: false, confidence: 'low', language: 'en' });
    expect(second!.answer).toBe('The article does not say. These are the closest passages:');
  });

  it('answers an unusable question with a found=false line carrying the message, and goes on to the next', async () => {
    const result = await runNode(ASK, ['--json', '😀', 'Çfarë tha John Kirby?'], childEnv(embeddingsDir));
    expect(result.code).toBe(0);
    const [bad, good] = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(bad).toEqual({
      question: '😀',
      found: false,
      confidence: 'low',
      language: 'en',
      answer: 'I could not find any words in that message. Please ask a question in Albanian or English.',
      citations: [],
      article: SEED_ID,
      mode: 'extractive',
    });
    expect(good).toMatchObject({ found: true, language: 'sq' });
  });
});

describe('ask CLI, human-readable', () => {
  it('prints the answer, then the sources with ¶ numbers and the verbatim quotes', async () => {
    const result = await runNode(ASK, ['Çfarë tha John Kirby?'], childEnv(embeddingsDir));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('John Kirby');
    expect(result.stdout).toContain('Burimet:');
    const sources = [...result.stdout.matchAll(/^\[\d+\] ¶(\d+) — «(.+)»$/gm)];
    expect(sources.length).toBeGreaterThan(0);
    // A source whose quote the answer already prints in full is shortened to its verbatim opening words and "…".
    for (const [, n, quote] of sources) expect(article.paragraphs[Number(n) - 1]!.text).toContain(quote!.replace(/…$/, ''));
    expect(result.stdout).not.toMatch(/^\{/m);
  });

  it('prints usage and exits 2 without a question', async () => {
    const result = await runNode(ASK, [], childEnv(embeddingsDir));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Usage: /);
    expect(result.stdout).toBe('');
  });
});

describe('start-up cost', () => {
  const forbidDiscord = { NODE_OPTIONS: `--import=${join(REPO_ROOT, 'test/helpers/forbid-discord.mjs')}` };

  it('answers without ever importing discord.js, in `ask` and in the terminal chat', async () => {
    const ask = await runNode(ASK, ['Çfarë tha John Kirby?'], childEnv(embeddingsDir, forbidDiscord));
    expect(ask.stderr).toBe('');
    expect(ask.code).toBe(0);
    const chat = await runNode('dist/src/main.js', [], childEnv(embeddingsDir, forbidDiscord), 'Çfarë tha John Kirby?\n');
    expect(chat.code).toBe(0);
    expect(chat.stdout).toContain('John Kirby');
  });

  it('would notice: the Discord bot itself cannot start when discord.js is forbidden', async () => {
    const bot = await runNode('dist/src/main.js', [], childEnv(embeddingsDir, { ...forbidDiscord, DISCORD_TOKEN: 'x' }));
    expect(bot.code).not.toBe(0);
    expect(bot.stderr).toContain('discord.js was imported');
  });
});

describe('ask CLI --article', () => {
  let articles: string;
  let index: string;
  beforeAll(() => {
    articles = articlesFolder();
    addTram(articles);
    index = makeTempDir('qa-e2e-ask-article-');
  });
  afterAll(() => {
    removeDir(articles);
    removeDir(index);
  });

  it('answers from the best-matching article without it, and from the one named with it; citations carry the article id', async () => {
    const env = childEnv(index, { ARTICLES_DIR: articles });
    const best = await runNode(ASK, ['--json', 'Sa kushtoi linja e tramvajit?', 'What did John Kirby say?'], env);
    expect(best.code).toBe(0);
    const [tram, kirby] = best.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { article: string; found: boolean; citations: { article: string }[] });
    expect(tram).toMatchObject({ article: TRAM_ID, found: true });
    expect(tram!.citations.every((c) => c.article === TRAM_ID)).toBe(true);
    expect(kirby).toMatchObject({ article: SEED_ID, found: true });

    const picked = await runNode(ASK, ['--article', TRAM_ID, '--json', 'What did John Kirby say?'], env);
    expect(picked.code).toBe(0);
    const answer = JSON.parse(picked.stdout) as { article: string; found: boolean; citations: { article: string }[] };
    expect(answer).toMatchObject({ article: TRAM_ID, found: false });
    expect(answer.citations.every((c) => c.article === TRAM_ID)).toBe(true);

    const text = await runNode(ASK, [`--article=${SEED_ID}`, 'What did John Kirby say?'], env);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe(`— ${article.title} · 2023-09`);
  });

  it('says in one line which articles exist when --article names none of them, and shows usage when it has no value', async () => {
    const env = childEnv(index, { ARTICLES_DIR: articles });
    const unknown = await runNode(ASK, ['--article', 'nope', 'Who?'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(`Error: Unknown article "nope" for --article. Articles: ${TRAM_ID}, ${SEED_ID}\n`);

    const missing = await runNode(ASK, ['Who?', '--article'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--article <id>');
  });
});
