import { existsSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadArticles, PARSER_VERSION } from '../../src/article/article.js';
import { ArticleFolder } from '../../src/article/folder.js';
import { ARTICLE_CACHE_FILE } from '../../src/article/folder-cache.js';
import { addTram, articlesFolder, TRAM_ARTICLE, TRAM_ID } from '../helpers/articles.js';
import { makeTempDir, removeDir, SEED_ID, silentLogger } from '../helpers/core.js';

/** Plain copies of what a caller reads of the articles: metadata and every paragraph's text and sentences. */
const contents = (articles: readonly ReturnType<typeof loadArticles>[number][]) =>
  articles.map((a) => ({
    id: a.id,
    title: a.title,
    date: a.date,
    source: a.source,
    url: a.url,
    language: a.language,
    contentHash: a.contentHash,
    path: a.path,
    paragraphs: a.paragraphs.map((p) => ({ number: p.number, text: p.text, sentences: p.sentences })),
  }));

/** Rewrites a file with other text of the same size, keeping (or setting) its modification time. */
function rewriteSameSize(path: string, mtime: Date): void {
  const bytes = readFileSync(path);
  const changed = Buffer.from(bytes.toString('utf8').replace('Bashkia', 'Komunat'), 'utf8');
  expect(changed.length).toBe(bytes.length);
  writeFileSync(path, changed);
  utimesSync(path, mtime, mtime);
}

describe('the articles folder cache (what a cold start does not re-read)', () => {
  let articles: string;
  let index: string;
  let cacheFile: string;

  beforeEach(() => {
    articles = articlesFolder();
    addTram(articles);
    index = makeTempDir('qa-folder-cache-');
    cacheFile = join(index, ARTICLE_CACHE_FILE);
  });
  afterEach(() => {
    removeDir(articles);
    removeDir(index);
  });

  const scan = () => new ArticleFolder(articles, silentLogger(), cacheFile).scan();
  const textFile = () => join(index, 'articles-cache-text.bin');

  it('gives the next process the same articles, metadata and paragraph texts as parsing the files', () => {
    scan();
    expect(existsSync(cacheFile)).toBe(true);

    const cached = scan();

    expect(contents(cached)).toEqual(contents(loadArticles(articles)));
  });

  it('does not re-read a file whose size and modification time are unchanged', () => {
    const path = join(articles, `${TRAM_ID}.md`);
    // A whole second: a file's own modification time has nanoseconds that utimes cannot set back.
    const mtime = new Date('2024-03-15T10:00:00Z');
    utimesSync(path, mtime, mtime);
    const before = scan().find((a) => a.id === TRAM_ID)!.contentHash;
    rewriteSameSize(path, mtime);

    const tram = scan().find((a) => a.id === TRAM_ID)!;

    // The content hash of the version cached: the file was not read again.
    expect(tram.contentHash).toBe(before);
    expect(loadArticles(articles).find((a) => a.id === TRAM_ID)!.contentHash).not.toBe(before);
    // Nor its text: the paragraphs are those saved with that hash, not the rewrite mixed in.
    expect(tram.paragraphs[0]!.text).toMatch(/^Bashkia/);
  });

  it('copies the saved texts of the articles left alone when another one changes, and the next process reads both right', () => {
    scan();
    expect(existsSync(textFile())).toBe(true);
    addTram(articles, `${TRAM_ARTICLE}\nNjë paragraf i ri.\n`);
    scan();

    const third = scan();

    expect(contents(third)).toEqual(contents(loadArticles(articles)));
    expect(third.find((a) => a.id === TRAM_ID)!.paragraphs[3]!.text).toBe('Një paragraf i ri.');
  });

  it.each([
    ['missing', () => unlinkSync(textFile())],
    ['another save\'s (its id differs)', () => writeFileSync(textFile(), `${'0'.repeat(36)}\n${readFileSync(textFile(), 'utf8').slice(37)}`)],
    ['cut short', () => writeFileSync(textFile(), readFileSync(textFile()).subarray(0, 100))],
  ])('reads the article files when the saved texts are %s', (_, damage) => {
    scan();
    damage();

    expect(contents(scan())).toEqual(contents(loadArticles(articles)));
  });

  it('saves the texts again for a cache written without them (by an older version)', () => {
    scan();
    const saved = JSON.parse(readFileSync(cacheFile, 'utf8')) as { text?: string; files: { text?: unknown }[] };
    delete saved.text;
    for (const file of saved.files) delete file.text;
    writeFileSync(cacheFile, JSON.stringify(saved));
    unlinkSync(textFile());

    expect(contents(scan())).toEqual(contents(loadArticles(articles)));
    expect(existsSync(textFile())).toBe(true);
    expect((JSON.parse(readFileSync(cacheFile, 'utf8')) as { text?: string }).text).toEqual(expect.any(String));
    expect(contents(scan())).toEqual(contents(loadArticles(articles)));
  });

  it('re-reads a file changed with the same size but another modification time', () => {
    scan();
    const path = join(articles, `${TRAM_ID}.md`);
    rewriteSameSize(path, new Date(statSync(path).mtimeMs + 5_000));

    const rescanned = scan();

    expect(contents(rescanned)).toEqual(contents(loadArticles(articles)));
    expect(rescanned.find((a) => a.id === TRAM_ID)!.paragraphs[0]!.text).toMatch(/^Komunat/);
  });

  it.each([
    ['in the same process', (folder: ArticleFolder) => folder],
    ['at the next start', () => new ArticleFolder(articles, silentLogger(), cacheFile)],
  ])('re-reads a file rewritten with the same size and modification time when it was modified just before it was read (%s)', (_, next) => {
    const path = join(articles, `${TRAM_ID}.md`);
    // A file system keeping whole seconds: the rewrite within the second leaves the signature as it was.
    const mtime = new Date(Math.floor(Date.now() / 1000) * 1000);
    utimesSync(path, mtime, mtime);
    const folder = new ArticleFolder(articles, silentLogger(), cacheFile);
    expect(folder.scan().find((a) => a.id === TRAM_ID)!.paragraphs[0]!.text).toMatch(/^Bashkia/);
    rewriteSameSize(path, mtime);

    const rescanned = next(folder).scan();

    expect(contents(rescanned)).toEqual(contents(loadArticles(articles)));
    expect(rescanned.find((a) => a.id === TRAM_ID)!.paragraphs[0]!.text).toMatch(/^Komunat/);
  });

  it('re-reads a corrected copy renamed over the file, though its size and modification time are the old ones', () => {
    const path = join(articles, `${TRAM_ID}.md`);
    const mtime = new Date('2024-03-15T10:00:00Z');
    utimesSync(path, mtime, mtime);
    scan();
    const copy = join(articles, `${TRAM_ID}.md.tmp`);
    writeFileSync(copy, readFileSync(path));
    rewriteSameSize(copy, mtime);
    renameSync(copy, path);

    const rescanned = scan();

    expect(rescanned.find((a) => a.id === TRAM_ID)!.paragraphs[0]!.text).toMatch(/^Komunat/);
    expect(contents(rescanned)).toEqual(contents(loadArticles(articles)));
  });

  it('re-reads a file whose size changed, and forgets a removed one', () => {
    scan();
    addTram(articles, `${TRAM_ARTICLE}\nNjë paragraf i ri.\n`);
    expect(scan().find((a) => a.id === TRAM_ID)!.paragraphs).toHaveLength(4);

    unlinkSync(join(articles, `${TRAM_ID}.md`));
    expect(scan().map((a) => a.id)).toEqual([SEED_ID]);
    const saved = JSON.parse(readFileSync(cacheFile, 'utf8')) as { files: { id: string }[] };
    expect(saved.files.map((f) => f.id)).toEqual([SEED_ID]);
  });

  it.each([
    ['garbled', '{"parser": 1, "files": ['],
    ['from another parser version', JSON.stringify({ parser: PARSER_VERSION + 1, files: [] })],
    ['full of wrong entries', JSON.stringify({ parser: PARSER_VERSION, files: [{ path: 1 }, null, 'x'] })],
  ])('reads every file when the cache is %s', (_, text) => {
    writeFileSync(cacheFile, text);

    expect(contents(scan())).toEqual(contents(loadArticles(articles)));
  });

  it('still reads the folder when the cache cannot be written', () => {
    writeFileSync(join(index, 'not-a-folder'), 'x');
    const folder = new ArticleFolder(articles, silentLogger(), join(index, 'not-a-folder', ARTICLE_CACHE_FILE));

    expect(contents(folder.scan())).toEqual(contents(loadArticles(articles)));
  });
});
