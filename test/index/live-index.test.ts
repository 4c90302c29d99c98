import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadArticles } from '../../src/article/article.js';
import { ArticleFolder } from '../../src/article/folder.js';
import { ExtractiveAnswerer } from '../../src/answer/extractive.js';
import { createContext, type BotContext } from '../../src/context.js';
import { createEmbedder, type Embedder } from '../../src/embeddings/factory.js';
import { UserError } from '../../src/errors.js';
import type { BuildProgress } from '../../src/index/ingest.js';
import { LiveIndex } from '../../src/index/live-index.js';
import type { LocalEmbeddings } from '../../src/embeddings/local.js';
import type { IndexManifest } from '../../src/index/open-index.js';
import { addTram, articlesFolder, TRAM_ARTICLE, TRAM_CORRECTED, TRAM_ID } from '../helpers/articles.js';
import { expectFaithful, makeTempDir, recordingLogger, removeDir, SEED_ID, testConfig } from '../helpers/core.js';

const TRAM_QUESTION = 'Sa kushtoi linja e tramvajit?';
const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as IndexManifest;

describe('the live index', () => {
  let articles: string;
  let index: string;
  let ctx: BotContext;
  let logs: string[];

  beforeEach(async () => {
    articles = articlesFolder();
    index = makeTempDir('qa-live-index-');
    const recording = recordingLogger();
    logs = recording.lines;
    ctx = await createContext(testConfig(index, { ARTICLES_DIR: articles }), recording.logger);
  });
  afterEach(async () => {
    await ctx.library.close();
    removeDir(articles);
    removeDir(index);
  });

  const warnings = () => logs.map((l) => JSON.parse(l) as { level: number; msg: string; file?: string }).filter((l) => l.level === 40);

  it('adds an article in place: only its paragraphs are embedded, it becomes the newest, and questions find it', async () => {
    const builtAt = ctx.index.manifest.builtAt;
    addTram(articles);

    const changes = await ctx.library.refresh();

    expect(changes?.added.map((a) => a.id)).toEqual([TRAM_ID]);
    expect(ctx.articles.map((a) => a.id)).toEqual([TRAM_ID, SEED_ID]);
    expect(ctx.article.id).toBe(TRAM_ID);
    expect(ctx.index.store.passages).toHaveLength(12 + 3);
    const manifest = readManifest(index);
    expect(manifest.builtAt).toBe(builtAt);
    expect(manifest.updatedAt).toBeDefined();
    expect(manifest.embedder.fittedPassages).toBe(12);
    expect(manifest.articles.map((a) => [a.id, a.firstLabel, a.paragraphs])).toEqual([[SEED_ID, 0, 12], [TRAM_ID, 12, 3]]);

    const answer = await ctx.answerer.ask(TRAM_QUESTION);
    expect(answer.found).toBe(true);
    expect(answer.article).toMatchObject({ id: TRAM_ID, date: '2024-03-15', url: 'https://example.com/lajme/tirana-tramvaj' });
    expect(answer.citations.every((c) => c.articleId === TRAM_ID)).toBe(true);
    // The seed article still answers its own questions.
    expect((await ctx.answerer.ask('What did John Kirby say?')).article.id).toBe(SEED_ID);
  });

  it('updates a corrected article: its old passages are deleted and answers quote the new text', async () => {
    const path = addTram(articles);
    await ctx.library.refresh();
    writeFileSync(path, TRAM_CORRECTED);

    const changes = await ctx.library.refresh();

    expect(changes?.changed.map((a) => a.id)).toEqual([TRAM_ID]);
    expect(ctx.index.store.passages).toHaveLength(12 + 3 + 4);
    const answer = await ctx.answerer.ask('Sa kushton bileta e tramvajit?');
    expect(answer.citations[0]).toMatchObject({ articleId: TRAM_ID, paragraph: 4 });
    const vector = await ctx.index.embedder.embeddings.embedQuery('tramvaj');
    const found = ctx.index.store.search(vector, 100).map((hit) => ctx.index.store.passages.indexOf(hit.passage));
    expect(found.filter((label) => label >= 12 && label < 15)).toEqual([]);
  });

  it('answers a question asked before a correction from the new text, and from other articles once the article is removed', async () => {
    const path = addTram(articles);
    await ctx.library.refresh();
    // Asked twice, so what answers remember of the passages they scored (their n-grams, the vocabulary's look-ups) is warm.
    for (let i = 0; i < 2; i++) {
      const before = await ctx.answerer.ask(TRAM_QUESTION);
      expect(before.citations.some((c) => c.quote.includes('tridhjetë milionë euro'))).toBe(true);
    }
    writeFileSync(path, TRAM_ARTICLE.replace('tetë stacione dhe kushtoi tridhjetë milionë euro', 'nëntë stacione dhe kushtoi dyzet e dy milionë euro'));
    await ctx.library.refresh();

    const corrected = await ctx.answerer.ask(TRAM_QUESTION);
    expect(corrected.citations.some((c) => c.articleId === TRAM_ID && c.paragraph === 3 && c.quote.includes('dyzet e dy milionë euro'))).toBe(true);
    expect(corrected.citations.some((c) => c.quote.includes('tridhjetë'))).toBe(false);
    expectFaithful(corrected, ctx.articles);

    unlinkSync(path);
    await ctx.library.refresh();
    const removed = await ctx.answerer.ask(TRAM_QUESTION);
    expect(removed.citations.every((c) => c.articleId === SEED_ID)).toBe(true);
  });

  it("scores a corrected article's paragraphs from their new words, and a removed article's not at all, also after a restart", async () => {
    // What the saved paragraph words must agree with: the current texts, in the postings' order.
    const expectCurrent = (context: BotContext) => {
      const { lexical, embedder } = context.index;
      const byId = new Map(context.articles.map((a) => [a.id, a]));
      const texts = lexical.articles.flatMap(({ id }) => byId.get(id)!.paragraphs.map((p) => p.text));
      const local = embedder.embeddings as LocalEmbeddings;
      expect(lexical.passageWords?.size).toBe(texts.length);
      for (const question of [TRAM_QUESTION, 'Sa kushton bileta e tramvajit?', 'Ku do të takohen Kim dhe Putin?']) {
        expect(local.passageSimilarities(question, lexical.passageWords!, texts.map((_, i) => i))).toEqual(local.similarities(question, texts));
      }
      return texts;
    };
    const path = addTram(articles);
    await ctx.library.refresh();
    expect(expectCurrent(ctx)).toHaveLength(12 + 3);
    writeFileSync(path, TRAM_CORRECTED);
    await ctx.library.refresh();
    expect(expectCurrent(ctx)).toHaveLength(12 + 4);
    const answer = await ctx.answerer.ask('Sa kushton bileta e tramvajit?');
    expect(answer.citations[0]).toMatchObject({ articleId: TRAM_ID, paragraph: 4 });
    await ctx.library.close();

    const restarted = await createContext(testConfig(index, { ARTICLES_DIR: articles }), recordingLogger().logger);
    expect(restarted.index.rebuiltBecause).toBeUndefined();
    expect(expectCurrent(restarted)).toHaveLength(12 + 4);
    unlinkSync(path);
    await restarted.library.refresh();
    expect(expectCurrent(restarted)).toHaveLength(12);
    expect((await restarted.answerer.ask(TRAM_QUESTION)).citations.every((c) => c.articleId === SEED_ID)).toBe(true);
    await restarted.library.close();
  });

  it('removes a deleted article from answers, the list and the index', async () => {
    const path = addTram(articles);
    await ctx.library.refresh();
    unlinkSync(path);

    const changes = await ctx.library.refresh();

    expect(changes?.removed.map((a) => a.id)).toEqual([TRAM_ID]);
    expect(ctx.articles.map((a) => a.id)).toEqual([SEED_ID]);
    expect((await ctx.answerer.ask(TRAM_QUESTION)).article.id).toBe(SEED_ID);
    expect(readManifest(index).articles.map((a) => a.id)).toEqual([SEED_ID]);
  });

  it('keeps an answer in flight on its snapshot: it sees the old state whole, never part of the new one', async () => {
    const before = ctx.library.current;
    addTram(articles);
    await ctx.library.refresh();

    expect(ctx.library.current).not.toBe(before);
    expect(before.articles.map((a) => a.id)).toEqual([SEED_ID]);
    const retrieval = await before.retriever.retrieve(TRAM_QUESTION);
    expect(retrieval.passages.every((p) => p.article.id === SEED_ID)).toBe(true);
    // Its vector view returns none of the passages added since.
    const vector = await before.index.embedder.embeddings.embedQuery(TRAM_QUESTION);
    expect(before.index.store.search(vector, 100)).toHaveLength(15);
    expect((await before.answerer.ask(TRAM_QUESTION)).article.id).toBe(SEED_ID);
  });

  it('skips a broken file with one warning and keeps serving the rest; it is not warned about again until it changes', async () => {
    const broken = join(articles, 'broken.txt');
    writeFileSync(broken, Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    addTram(articles);

    await ctx.library.refresh();
    await ctx.library.refresh();

    expect(ctx.articles.map((a) => a.id)).toEqual([TRAM_ID, SEED_ID]);
    expect(warnings().filter((w) => w.file === broken)).toHaveLength(1);
    writeFileSync(broken, '');
    await ctx.library.refresh();
    expect(warnings().filter((w) => w.file === broken).map((w) => w.msg)).toEqual([
      expect.stringContaining('binary'),
      `article file skipped: ${broken} is empty`,
    ]);
  });

  it('keeps serving the last articles, with a warning, when the folder is left with no valid article', async () => {
    rmSync(join(articles, `${SEED_ID}.txt`));
    writeFileSync(join(articles, 'empty.txt'), '');

    expect(await ctx.library.refresh()).toBeUndefined();

    expect(ctx.articles.map((a) => a.id)).toEqual([SEED_ID]);
    expect(warnings().map((w) => w.msg)).toContain('articles folder changed, but the update failed: still serving the previous articles');
    expect((await ctx.answerer.ask('What did John Kirby say?')).found).toBe(true);
  });

  it('serves an update from memory, with a warning, when the index folder cannot be written', async () => {
    rmSync(index, { recursive: true, force: true });
    writeFileSync(index, 'not a folder');
    addTram(articles);

    const changes = await ctx.library.refresh();

    expect(changes?.added.map((a) => a.id)).toEqual([TRAM_ID]);
    expect((await ctx.answerer.ask(TRAM_QUESTION)).article.id).toBe(TRAM_ID);
    expect(warnings().map((w) => w.msg)).toContain('index updated in memory only: it could not be saved');
    rmSync(index, { force: true });
  });

  it('answers from one article only when one is picked, and refuses an unknown one politely', async () => {
    addTram(articles);
    await ctx.library.refresh();
    const scope = ctx.library.current.scope(TRAM_ID);

    const answer = await scope.answerer.ask('What did John Kirby say?');
    expect(answer.article.id).toBe(TRAM_ID);
    expect(answer.found).toBe(false);
    expect(answer.citations.every((c) => c.articleId === TRAM_ID)).toBe(true);
    expect((await scope.answerer.summarize('short', 'en')).article.id).toBe(TRAM_ID);
    expect(ctx.library.current.scope(TRAM_ID)).toBe(scope);

    expect(() => ctx.library.current.scope('no-such-article')).toThrow(UserError);
    expect(() => ctx.library.current.scope('no-such-article')).toThrow('There is no article “no-such-article”');
  });

  it('rebuilds in full in the background: deleted passages are dropped, and answers go on meanwhile', async () => {
    const path = addTram(articles);
    await ctx.library.refresh();
    writeFileSync(path, TRAM_CORRECTED);
    await ctx.library.refresh();
    const builtAt = ctx.index.manifest.builtAt;

    const rebuilding = ctx.library.rebuild();
    expect(ctx.library.isRebuilding).toBe(true);
    expect(ctx.library.rebuild()).toBe(rebuilding);
    expect((await ctx.answerer.ask('What did John Kirby say?')).found).toBe(true);
    const report = await rebuilding;

    expect(report).toMatchObject({ articles: 2, paragraphs: 16 });
    expect(ctx.library.isRebuilding).toBe(false);
    expect(ctx.index.store.passages).toHaveLength(16);
    expect(ctx.index.manifest.builtAt).not.toBe(builtAt);
    expect(ctx.index.manifest.embedder.fittedPassages).toBe(16);
    expect((await ctx.answerer.ask('Sa kushton bileta e tramvajit?')).citations[0]).toMatchObject({ articleId: TRAM_ID, paragraph: 4 });
  });

  it('sees an article added to the watched folder within 5 seconds, and one removed', async () => {
    ctx.library.watch();
    const path = addTram(articles);
    await vi.waitFor(() => expect(ctx.articles.map((a) => a.id)).toEqual([TRAM_ID, SEED_ID]), { timeout: 5_000, interval: 50 });
    unlinkSync(path);
    await vi.waitFor(() => expect(ctx.articles.map((a) => a.id)).toEqual([SEED_ID]), { timeout: 5_000, interval: 50 });
  });

  it('keeps up with a folder replaced as a whole (a deploy renaming a new folder into place)', async () => {
    ctx.library.watch(200);
    const staged = `${articles}-next`;
    mkdirSync(staged);
    copyFileSync(join(articles, `${SEED_ID}.txt`), join(staged, `${SEED_ID}.txt`));
    addTram(staged);
    renameSync(articles, `${articles}-old`);
    renameSync(staged, articles);
    try {
      await vi.waitFor(() => expect(ctx.articles.map((a) => a.id)).toEqual([TRAM_ID, SEED_ID]), { timeout: 5_000, interval: 50 });
      // The new folder is watched: a later change is seen too.
      unlinkSync(join(articles, `${TRAM_ID}.md`));
      await vi.waitFor(() => expect(ctx.articles.map((a) => a.id)).toEqual([SEED_ID]), { timeout: 5_000, interval: 50 });
    } finally {
      removeDir(`${articles}-old`);
    }
  });

  it('brings the saved index up to date at the next start without a full rebuild', async () => {
    addTram(articles);
    await ctx.library.close();
    const restarted = await createContext(testConfig(index, { ARTICLES_DIR: articles }), recordingLogger().logger);
    expect(restarted.index.rebuiltBecause).toBeUndefined();
    expect(restarted.articles.map((a) => a.id)).toEqual([TRAM_ID, SEED_ID]);
    expect(readManifest(index).embedder.fittedPassages).toBe(12);
  });

  it('at the next start, answers verbatim from the articles it did not re-read, and re-reads one corrected while stopped', async () => {
    const path = addTram(articles);
    await ctx.library.refresh();
    await ctx.library.close();
    writeFileSync(path, TRAM_CORRECTED);

    const restarted = await createContext(testConfig(index, { ARTICLES_DIR: articles }), recordingLogger().logger);

    expect(restarted.index.rebuiltBecause).toBeUndefined();
    const answer = await restarted.answerer.ask('Sa kushton bileta e tramvajit?');
    expect(answer.citations[0]).toMatchObject({ articleId: TRAM_ID, paragraph: 4 });
    const seed = await restarted.answerer.ask('Ku do të takohen Kim dhe Putin?');
    expect(seed.article.id).toBe(SEED_ID);
    const parsed = loadArticles(articles);
    expectFaithful(answer, parsed);
    expectFaithful(seed, parsed);
    await restarted.library.close();
  });

  it('at the next start, serves an article corrected while it ran from the texts saved then, never from the text before', async () => {
    const path = addTram(articles);
    await ctx.library.refresh();
    // Read once, so the first start has the old text in memory when it saves the folder again.
    expect((await ctx.answerer.ask(TRAM_QUESTION)).citations.some((c) => c.quote.includes('tridhjetë milionë euro'))).toBe(true);
    writeFileSync(path, TRAM_ARTICLE.replace('tetë stacione dhe kushtoi tridhjetë milionë euro', 'nëntë stacione dhe kushtoi dyzet e dy milionë euro'));
    await ctx.library.refresh();
    await ctx.library.close();

    const restarted = await createContext(testConfig(index, { ARTICLES_DIR: articles }), recordingLogger().logger);

    const parsed = loadArticles(articles);
    const texts = (list: readonly { id: string; paragraphs: readonly { text: string }[] }[]) => new Map(list.map((a) => [a.id, a.paragraphs.map((p) => p.text)]));
    expect(texts(restarted.articles)).toEqual(texts(parsed));
    const answer = await restarted.answerer.ask(TRAM_QUESTION);
    expect(answer.citations.some((c) => c.articleId === TRAM_ID && c.paragraph === 3 && c.quote.includes('dyzet e dy milionë euro'))).toBe(true);
    expect(answer.citations.some((c) => c.quote.includes('tridhjetë'))).toBe(false);
    expectFaithful(answer, parsed);
    await restarted.library.close();
  });
});

describe('a file deleted while it is being indexed', () => {
  it('is indexed as it was read, then removed at the next refresh; nothing breaks', async () => {
    const articles = articlesFolder();
    const index = makeTempDir('qa-live-index-');
    const { logger } = recordingLogger();
    const config = testConfig(index, { ARTICLES_DIR: articles });
    let release: () => void = () => undefined;
    let embedding = false;
    let hold = false;
    /** The real embedder, whose embedDocuments waits while `hold` is set. */
    const held = (embedder: Embedder): Embedder => {
      const embeddings: EmbeddingsInterface = {
        embedQuery: (text) => embedder.embeddings.embedQuery(text),
        embedDocuments: async (texts) => {
          embedding = true;
          if (hold) await new Promise<void>((resolve) => (release = resolve));
          return embedder.embeddings.embedDocuments(texts);
        },
      };
      return { id: embedder.id, embeddings, fitted: (corpus) => held(embedder.fitted!(corpus)) };
    };
    const library = await LiveIndex.open({
      folder: new ArticleFolder(articles, logger),
      embedder: async (list) => held(await createEmbedder(config, list)),
      dir: index,
      logger,
      engines: (retriever) => {
        const extractive = new ExtractiveAnswerer(retriever);
        return { extractive, answerer: extractive };
      },
    });
    try {
      hold = true;
      embedding = false;
      const path = addTram(articles);
      const refreshing = library.refresh();
      await vi.waitFor(() => expect(embedding).toBe(true));
      unlinkSync(path);
      // A refresh asked for meanwhile runs after this one.
      const next = library.refresh();
      release();
      hold = false;

      expect((await refreshing)?.added.map((a) => a.id)).toEqual([TRAM_ID]);
      expect((await next)?.removed.map((a) => a.id)).toEqual([TRAM_ID]);
      expect(library.current.articles.map((a) => a.id)).toEqual([SEED_ID]);
      expect((await library.current.answerer.ask('What did John Kirby say?')).found).toBe(true);
    } finally {
      await library.close();
      removeDir(articles);
      removeDir(index);
    }
  });
});

describe('index build progress', () => {
  it('reports articles and paragraphs as a full build embeds them, ending with all of them', async () => {
    const articles = articlesFolder();
    addTram(articles);
    const index = makeTempDir('qa-live-index-');
    const events: BuildProgress[] = [];
    try {
      const ctx = await createContext(testConfig(index, { ARTICLES_DIR: articles }), recordingLogger().logger, { onProgress: (p) => events.push(p) });
      expect(ctx.index.rebuiltBecause).toBeDefined();
      expect(events.at(-1)).toMatchObject({ articles: 2, articlesTotal: 2, paragraphs: 15, paragraphsTotal: 15 });
      expect(events.every((e) => e.elapsedMs >= 0)).toBe(true);
    } finally {
      removeDir(articles);
      removeDir(index);
    }
  });
});
