/**
 * Shared set-up for the core tests: paths of the seed article and dev set, throwaway index
 * folders, a bot context built from explicit settings (never the developer's `.env`), and the
 * citation checks every answer, summary and quote result must pass.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Article } from '../../src/article/article.js';
import type { Citation } from '../../src/answer/types.js';
import { isValidCitation, markersIn } from '../../src/answer/verify.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createContext, type BotContext } from '../../src/context.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { RefusalReason, Retrieval } from '../../src/retrieval/retriever.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTICLES_DIR = join(REPO_ROOT, 'articles');
export const SEED_ID = '2023-09-kim-jong-un-putin-vladivostok';
export const SEED_ARTICLE = join(ARTICLES_DIR, `${SEED_ID}.txt`);
export const DEV_QUESTIONS = join(REPO_ROOT, 'eval', 'dev-questions.json');

/** A fresh folder under the OS temp dir; remove it with {@link removeDir}. */
export function makeTempDir(prefix = 'qa-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** A logger that writes nothing. */
export function silentLogger(): Logger {
  return createLogger('silent', { write: () => undefined });
}

/** A logger that keeps each JSON line it writes (at `level` and up), for asserting what was logged. */
export function recordingLogger(level = 'info'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger(level, { write: (line: string) => void lines.push(line) }), lines };
}

/** Settings for tests: explicit env only (`ENV_FILE: ''`), seed articles, a temp index folder. */
export function testConfig(embeddingsDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({ ENV_FILE: '', ARTICLES_DIR, EMBEDDINGS_DIR: embeddingsDir, LOG_LEVEL: 'silent', ...env });
}

export interface TestContext {
  ctx: BotContext;
  dir: string;
  cleanup: () => void;
}

/** The offline bot over the seed article, with its index in a fresh temp folder. */
export async function createTestContext(logger: Logger = silentLogger()): Promise<TestContext> {
  const dir = makeTempDir('qa-index-');
  const ctx = await createContext(testConfig(dir), logger);
  return { ctx, dir, cleanup: () => removeDir(dir) };
}

/**
 * Registers the hooks most core test files share: one offline bot context for the file, built
 * before its tests and removed after them. Read `suite.ctx` inside tests and hooks.
 */
export function useTestContext(): { readonly ctx: BotContext } {
  let test: TestContext | undefined;
  beforeAll(async () => {
    test = await createTestContext();
  });
  afterAll(() => test?.cleanup());
  return {
    get ctx() {
      if (!test) throw new Error('the test context is built in beforeAll');
      return test.ctx;
    },
  };
}

/** What {@link useContextOver} indexes: folders of articles and articles written inline (file name → text). */
export interface ArticleSources {
  /** Index the seed article too (default true). */
  seed?: boolean;
  folders?: readonly string[];
  files?: Readonly<Record<string, string>>;
}

/**
 * Like {@link useTestContext}, over a fresh folder of the given articles: for tests whose
 * questions need articles of their own beside (or instead of) the seed.
 */
export function useContextOver({ seed = true, folders = [], files = {} }: ArticleSources): { readonly ctx: BotContext } {
  let dir: string | undefined;
  let ctx: BotContext | undefined;
  beforeAll(async () => {
    dir = makeTempDir('qa-articles-');
    const articlesDir = join(dir, 'articles');
    mkdirSync(articlesDir);
    for (const folder of [...(seed ? [ARTICLES_DIR] : []), ...folders]) cpSync(folder, articlesDir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(articlesDir, name), text);
    ctx = await createContext({ ...testConfig(join(dir, 'embeddings')), articlesDir }, silentLogger());
  });
  afterAll(() => removeDir(dir));
  return {
    get ctx() {
      if (!ctx) throw new Error('the test context is built in beforeAll');
      return ctx;
    },
  };
}

/**
 * Asserts what every result shown to a user must satisfy: each quote is verbatim in the ¶ it
 * cites, markers are numbered 1..n, and every `[n]` in the text has a citation.
 */
export function expectFaithful(result: { citations: readonly Citation[]; text?: string }, articles: readonly Article[]): void {
  for (const citation of result.citations) {
    expect(isValidCitation(citation, articles), `quote not verbatim in ¶${citation.paragraph}: «${citation.quote}»`).toBe(true);
  }
  expect(result.citations.map((c) => c.marker)).toEqual(result.citations.map((_, i) => i + 1));
  if (result.text !== undefined) {
    const known = new Set(result.citations.map((c) => c.marker));
    for (const marker of markersIn(result.text)) expect(known.has(marker), `[${marker}] has no citation`).toBe(true);
  }
}

/** Asserts the citations quote whole sentences of the article, in article order (¶, then sentence). */
export function expectArticleOrder(article: Article, citations: readonly Citation[]): void {
  const positions = citations.map((c) => {
    const sentence = article.paragraphs[c.paragraph - 1]?.sentences.findIndex((s) => s.text === c.quote) ?? -1;
    expect(sentence, `«${c.quote}» is not a sentence of ¶${c.paragraph}`).toBeGreaterThanOrEqual(0);
    return c.paragraph * 1000 + sentence;
  });
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

/** The best passage of a retrieval as `article¶n`. */
export function topPassage(retrieval: Pick<Retrieval, 'passages'>): string {
  return `${retrieval.passages[0]!.article.id}¶${retrieval.passages[0]!.paragraph.number}`;
}

/** The first `count` passages of a retrieval as `article¶n`, best first. */
export function topPassages(retrieval: Pick<Retrieval, 'passages'>, count: number): string[] {
  return retrieval.passages.slice(0, count).map((p) => `${p.article.id}¶${p.paragraph.number}`);
}

/** Asserts that each question is refused for the reason, with the passage (`article¶n`) closest. */
export async function expectRefusals(ctx: BotContext, questions: readonly string[], reason: RefusalReason, passage: string): Promise<void> {
  for (const question of questions) {
    const retrieval = await ctx.retriever.retrieve(question);
    expect(retrieval.refusal, question).toBe(reason);
    expect(topPassage(retrieval), question).toBe(passage);
  }
}

/** Asserts that each question is retrieved, not refused, with its passage (`article¶n`) first. */
export async function expectRetrievedFrom(ctx: BotContext, cases: readonly (readonly [question: string, passage: string])[]): Promise<void> {
  for (const [question, passage] of cases) {
    const retrieval = await ctx.retriever.retrieve(question);
    expect(retrieval.refusal, question).toBeUndefined();
    expect(topPassage(retrieval), question).toBe(passage);
  }
}

/** Asserts that each question is answered, quoting its passage (`article¶n`) first, verbatim. */
export async function expectAnswers(ctx: BotContext, cases: readonly (readonly [question: string, passage: string])[]): Promise<void> {
  for (const [question, passage] of cases) {
    const answer = await ctx.answerer.ask(question);
    expect(answer.found, question).toBe(true);
    expect(`${answer.citations[0]?.articleId}¶${answer.citations[0]?.paragraph}`, question).toBe(passage);
    expectFaithful(answer, ctx.articles);
  }
}

/** A stack trace line (`    at fn (file:1:2)`): never shown to users. */
export const STACK_TRACE = /^\s+at .+[:(]/m;
