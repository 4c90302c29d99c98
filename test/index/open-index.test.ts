import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadArticles, type Article } from '../../src/article/article.js';
import { DEFAULT_DIMENSIONS, LocalEmbeddings } from '../../src/embeddings/local.js';
import { ConfigError } from '../../src/errors.js';
import type { Embedder } from '../../src/embeddings/factory.js';
import { isVouched } from '../../src/index/hnsw-store.js';
import { CHUNKING, FORMAT_VERSION, openIndex, type IndexManifest } from '../../src/index/open-index.js';
import { ARTICLES_DIR, SEED_ARTICLE, makeTempDir, recordingLogger, removeDir, silentLogger } from '../helpers/core.js';

const logger = silentLogger();

function localEmbedder(articles: readonly Article[], options?: ConstructorParameters<typeof LocalEmbeddings>[0]): Embedder {
  return fittedOn(() => articles.flatMap((a) => a.paragraphs.map((p) => p.text)), options);
}

function fittedOn(corpus: () => readonly string[], options?: ConstructorParameters<typeof LocalEmbeddings>[0]): Embedder {
  const embeddings = new LocalEmbeddings(options).fitOnFirstUse(corpus);
  return {
    id: `${embeddings.id}:d${embeddings.dimensions}`,
    embeddings,
    fitted: (other) => fittedOn(() => other, options),
    weights: { save: () => embeddings.saveWeights(), restore: (data) => embeddings.restoreWeights(data) },
  };
}

function tmpFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.tmp'));
}

function readManifest(dir: string): IndexManifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as IndexManifest;
}

describe('openIndex', () => {
  let dir: string;
  let articles: Article[];
  let embedder: Embedder;
  const open = (extra: { articles?: Article[]; embedder?: Embedder; forceRebuild?: boolean } = {}) =>
    openIndex({ articles, embedder, dir, logger, ...extra });

  beforeEach(() => {
    dir = join(makeTempDir('qa-index-'), 'nested', 'embeddings');
    articles = loadArticles(ARTICLES_DIR);
    embedder = localEmbedder(articles);
  });
  afterEach(() => removeDir(join(dir, '..', '..')));

  it('builds and saves an index with a manifest when there is none yet', async () => {
    const opened = await open();
    expect(opened.rebuiltBecause).toMatch(/no index/i);
    expect(readdirSync(dir).sort()).toEqual(['docstore.json', 'embedder-weights.bin', 'index.hnsw', 'lexical.bin', 'manifest.json']);
    expect(opened.store.passages).toHaveLength(12);
    expect(opened.store.dimensions).toBe(DEFAULT_DIMENSIONS);
    expect(opened.lexical.paragraphs.size).toBe(12);

    const manifest = readManifest(dir);
    expect(manifest).toEqual(opened.manifest);
    expect(manifest.embedder).toEqual({ id: embedder.id, dimensions: DEFAULT_DIMENSIONS, fittedPassages: 12 });
    expect(manifest.chunking).toEqual(CHUNKING);
    expect(manifest.articles).toEqual([{ id: articles[0]!.id, contentHash: articles[0]!.contentHash, firstLabel: 0, paragraphs: 12 }]);
    expect(manifest.buildMs).toBeGreaterThanOrEqual(0);
    for (const file of ['index', 'docstore', 'lexical', 'weights'] as const) expect(manifest.files[file]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('loads the saved index on the next open without rebuilding or rewriting it', async () => {
    const built = await open();
    const before = statSync(join(dir, 'index.hnsw')).mtimeMs;
    const manifestBefore = readFileSync(join(dir, 'manifest.json'), 'utf8');

    const loaded = await open();
    expect(loaded.rebuiltBecause).toBeUndefined();
    expect(loaded.manifest).toEqual(built.manifest);
    expect(loaded.store.passages).toEqual(built.store.passages);
    expect(statSync(join(dir, 'index.hnsw')).mtimeMs).toBe(before);
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe(manifestBefore);

    // A separately created embedder with the same settings is the same embedder.
    expect((await open({ embedder: localEmbedder(articles) })).rebuiltBecause).toBeUndefined();
  });

  it('restores the embedder weights and the lexical index from disk instead of refitting or re-analysing', async () => {
    const built = await open();
    const query = await embedder.embeddings.embedQuery('John Kirby');

    // An embedder that would fail if it had to read the articles: loading must not need them.
    const embeddings = new LocalEmbeddings().fitOnFirstUse(() => {
      throw new Error('refitted on load');
    });
    const cold: Embedder = {
      id: embedder.id,
      embeddings,
      weights: { save: () => embeddings.saveWeights(), restore: (data) => embeddings.restoreWeights(data) },
    };
    const loaded = await open({ embedder: cold });
    expect(loaded.rebuiltBecause).toBeUndefined();
    expect(await cold.embeddings.embedQuery('John Kirby')).toEqual(query);
    expect(loaded.lexical.serialize()).toEqual(built.lexical.serialize());
  });

  it('answers a search the same from the loaded index as from the freshly built one', async () => {
    const built = await open();
    const loaded = await open();
    const query = await embedder.embeddings.embedQuery('me një tren të blinduar, drejt qytetit port të Paqësorit, Vladivostok');
    const hits = (store: typeof built.store) => store.search(query, 12).map((h) => h.passage.metadata.paragraph);
    expect(hits(loaded.store)).toEqual(hits(built.store));
    expect(hits(loaded.store)).toHaveLength(12);
    expect(hits(loaded.store)[0]).toBe(2);
  });

  it('stores each paragraph with its article id, ¶ number, title and date', async () => {
    const { store } = await open();
    const article = articles[0]!;
    expect(store.passages.map((p) => p.metadata.paragraph)).toEqual(article.paragraphs.map((p) => p.number));
    store.passages.forEach((passage, i) => {
      expect(passage.pageContent).toBe(article.paragraphs[i]!.text);
      expect(passage.metadata).toEqual({ articleId: article.id, paragraph: i + 1, title: article.title, date: '2023-09' });
    });
  });

  it('builds the same files from the same article (deterministic graph)', async () => {
    const first = await open();
    const other = join(dir, '..', 'other');
    const second = await openIndex({ articles, embedder: localEmbedder(articles), dir: other, logger });
    expect(second.manifest.files).toEqual(first.manifest.files);
  });

  it('updates a changed article in place: its old passages are deleted, the new ones added, nothing else re-embedded', async () => {
    const articlesDir = makeTempDir('qa-articles-');
    try {
      const path = join(articlesDir, 'seed.txt');
      copyFileSync(SEED_ARTICLE, path);
      const original = loadArticles(articlesDir);
      expect((await open({ articles: original, embedder: localEmbedder(original) })).rebuiltBecause).toBeDefined();
      expect((await open({ articles: original, embedder: localEmbedder(original) })).rebuiltBecause).toBeUndefined();

      writeFileSync(path, `${readFileSync(path, 'utf8')}\n\nNjë paragraf i ri për testin.\n`);
      const edited = loadArticles(articlesDir);
      const updated = await open({ articles: edited, embedder: localEmbedder(edited) });
      expect(updated.rebuiltBecause).toBeUndefined();
      expect(updated.store.passages).toHaveLength(12 + 13);
      expect(updated.store.passages[24]!.pageContent).toBe('Një paragraf i ri për testin.');
      const manifest = readManifest(dir);
      expect(manifest.articles).toEqual([{ id: 'seed', contentHash: edited[0]!.contentHash, firstLabel: 12, paragraphs: 13 }]);
      expect(manifest.updatedAt).toBeDefined();
      // The postings are rebuilt for the changed article, saved, and loaded as such.
      expect(updated.lexical.covers(edited)).toBe(true);
      expect(updated.lexical.covers(original)).toBe(false);
      // Deleted passages are never found again, after a reload too.
      const reloaded = await open({ articles: edited, embedder: localEmbedder(edited) });
      expect(reloaded.rebuiltBecause).toBeUndefined();
      expect(reloaded.lexical.serialize().equals(updated.lexical.serialize())).toBe(true);
      const query = await reloaded.embedder.embeddings.embedQuery('John Kirby');
      const labels = reloaded.store.search(query, 100).map((h) => reloaded.store.passages.indexOf(h.passage));
      expect(labels).toHaveLength(13);
      expect(labels.every((label) => label >= 12)).toBe(true);
    } finally {
      removeDir(articlesDir);
    }
  });

  it('adds an article in place, and queries with the embedder fitted on the corpus the index was built from', async () => {
    const built = await open();
    const extra = { ...articles[0]!, id: 'another', contentHash: 'f'.repeat(64) };
    const updated = await open({ articles: [...articles, extra], embedder: localEmbedder([...articles, extra]) });
    expect(updated.rebuiltBecause).toBeUndefined();
    expect(updated.store.passages).toHaveLength(24);
    expect(readManifest(dir).articles.map((a) => [a.id, a.firstLabel])).toEqual([[articles[0]!.id, 0], ['another', 12]]);
    expect(readManifest(dir).embedder.fittedPassages).toBe(12);
    const text = 'tren i blinduar';
    expect(await updated.embedder.embeddings.embedQuery(text)).toEqual(await built.embedder.embeddings.embedQuery(text));
  });

  it('removes an article in place: its passages are marked deleted', async () => {
    const extra = { ...articles[0]!, id: 'another', contentHash: 'f'.repeat(64) };
    await open({ articles: [...articles, extra] });
    const updated = await open();
    expect(updated.rebuiltBecause).toBeUndefined();
    expect(readManifest(dir).articles.map((a) => a.id)).toEqual([articles[0]!.id]);
    const query = await updated.embedder.embeddings.embedQuery('John Kirby');
    expect(updated.store.search(query, 100)).toHaveLength(12);
  });

  it('rebuilds when the embedder id changes', async () => {
    await open();
    const other = localEmbedder(articles, { minGram: 2, maxGram: 4 });
    const rebuilt = await open({ embedder: other });
    expect(rebuilt.rebuiltBecause).toMatch(/embedder/i);
    expect(readManifest(dir).embedder.id).toBe(other.id);
    expect((await open({ embedder: other })).rebuiltBecause).toBeUndefined();
    expect((await open()).rebuiltBecause).toMatch(/embedder/i);
  });

  it('rebuilds when the embedder dimensions change, and the new index has the new size', async () => {
    await open();
    const small = localEmbedder(articles, { dimensions: 128 });
    const rebuilt = await open({ embedder: small });
    expect(rebuilt.rebuiltBecause).toBeDefined();
    expect(rebuilt.store.dimensions).toBe(128);
    expect(rebuilt.manifest.embedder.dimensions).toBe(128);
  });

  it('rebuilds on forceRebuild even when the saved index matches', async () => {
    await open();
    const forced = await open({ forceRebuild: true });
    expect(forced.rebuiltBecause).toMatch(/request/i);
    expect(forced.store.passages).toHaveLength(12);
    expect((await open()).rebuiltBecause).toBeUndefined();
  });

  it('rebuilds when the saved manifest is from another format version (the one before graph shards too)', async () => {
    await open();
    const manifest = readManifest(dir);
    for (const formatVersion of [0, FORMAT_VERSION - 1]) {
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, formatVersion }));
      expect((await open()).rebuiltBecause).toMatch(/format/i);
      expect(readManifest(dir).formatVersion).toBe(FORMAT_VERSION);
    }
  });

  it('rebuilds when the chunking settings in the manifest differ', async () => {
    await open();
    const manifest = readManifest(dir);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, chunking: { ...manifest.chunking, version: 0 } }));
    expect((await open()).rebuiltBecause).toMatch(/chunking/i);
  });

  describe('a damaged index on disk is rebuilt, never read', () => {
    const damage: [string, (dir: string) => void][] = [
      ['index.hnsw truncated to half', (d) => truncateSync(join(d, 'index.hnsw'), Math.floor(statSync(join(d, 'index.hnsw')).size / 2))],
      ['index.hnsw emptied', (d) => truncateSync(join(d, 'index.hnsw'), 0)],
      [
        'index.hnsw garbled (same size)',
        (d) => {
          const bytes = readFileSync(join(d, 'index.hnsw'));
          for (let i = 0; i < bytes.length; i += 7) bytes[i] = bytes[i]! ^ 0xff;
          writeFileSync(join(d, 'index.hnsw'), bytes);
        },
      ],
      ['index.hnsw deleted', (d) => unlinkSync(join(d, 'index.hnsw'))],
      ['docstore.json truncated', (d) => truncateSync(join(d, 'docstore.json'), 100)],
      [
        'docstore.json garbled but valid JSON',
        (d) => writeFileSync(join(d, 'docstore.json'), readFileSync(join(d, 'docstore.json'), 'utf8').replace('[0,1,', '[0,2,')),
      ],
      ['lexical.bin truncated', (d) => truncateSync(join(d, 'lexical.bin'), 64)],
      [
        'lexical.bin garbled (same size)',
        (d) => {
          const bytes = readFileSync(join(d, 'lexical.bin'));
          for (let i = 0; i < bytes.length; i += 5) bytes[i] = bytes[i]! ^ 0x55;
          writeFileSync(join(d, 'lexical.bin'), bytes);
        },
      ],
      ['lexical.bin deleted', (d) => unlinkSync(join(d, 'lexical.bin'))],
      ['embedder-weights.bin truncated', (d) => truncateSync(join(d, 'embedder-weights.bin'), 1000)],
      ['embedder-weights.bin deleted', (d) => unlinkSync(join(d, 'embedder-weights.bin'))],
      ['docstore.json deleted', (d) => unlinkSync(join(d, 'docstore.json'))],
      ['manifest.json garbled', (d) => writeFileSync(join(d, 'manifest.json'), '{"formatVersion": 1, "embedder": {')],
      ['manifest.json emptied', (d) => writeFileSync(join(d, 'manifest.json'), '')],
      ['manifest.json an empty object', (d) => writeFileSync(join(d, 'manifest.json'), '{}')],
      ['manifest.json null', (d) => writeFileSync(join(d, 'manifest.json'), 'null')],
      [
        'manifest.json with wrong checksums',
        (d) => {
          const manifest = readManifest(d);
          const zeros = '0'.repeat(64);
          writeFileSync(
            join(d, 'manifest.json'),
            JSON.stringify({ ...manifest, files: { index: zeros, docstore: zeros, lexical: zeros, weights: zeros } }),
          );
        },
      ],
      ['manifest.json deleted', (d) => unlinkSync(join(d, 'manifest.json'))],
    ];

    for (const [what, corrupt] of damage) {
      it(`rebuilds when ${what}`, async () => {
        const built = await open();
        corrupt(dir);

        const rebuilt = await open();
        expect(rebuilt.rebuiltBecause).toBeDefined();
        expect(rebuilt.store.passages).toEqual(built.store.passages);
        expect(rebuilt.manifest.files).toEqual(built.manifest.files);
        const query = await embedder.embeddings.embedQuery('John Kirby');
        expect(rebuilt.store.search(query, 1)[0]!.passage.metadata.paragraph).toBe(4);

        // The repaired index is good: the next open loads it.
        expect((await open()).rebuiltBecause).toBeUndefined();
        expect(tmpFiles(dir)).toEqual([]);
      });
    }
  });

  describe('stamps: a file unchanged since it was written is trusted without being hashed again', () => {
    it('records the size, modification time and checksum of every file in the manifest', async () => {
      const { manifest } = await open();
      const names = { 'index.hnsw': 'index', 'docstore.json': 'docstore', 'lexical.bin': 'lexical', 'embedder-weights.bin': 'weights' } as const;
      for (const [name, key] of Object.entries(names)) {
        const { size, mtimeMs } = statSync(join(dir, name));
        expect(manifest.stamps?.[name]).toEqual({ size, mtimeMs, checksum: manifest.files[key] });
      }
    });

    it('vouches for a file only while its size, modification time and checksum are those of its stamp', async () => {
      const { manifest } = await open();
      const path = join(dir, 'lexical.bin');
      const stamp = manifest.stamps!['lexical.bin'];
      expect(isVouched(path, manifest.files.lexical, stamp)).toBe(true);
      expect(isVouched(path, '0'.repeat(64), stamp)).toBe(false);
      expect(isVouched(path, manifest.files.lexical, undefined)).toBe(false);
      expect(isVouched(join(dir, 'gone.bin'), manifest.files.lexical, stamp)).toBe(false);

      // Rewritten with the same size: its modification time changed, so it is hashed again.
      writeFileSync(path, readFileSync(path));
      expect(isVouched(path, manifest.files.lexical, stamp)).toBe(false);
    });

    it('loads an index whose manifest has no stamps (written before them), by hashing its files', async () => {
      const built = await open();
      const { stamps, ...older } = readManifest(dir);
      expect(stamps).toBeDefined();
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(older));

      const loaded = await open();
      expect(loaded.rebuiltBecause).toBeUndefined();
      expect(loaded.store.passages).toEqual(built.store.passages);
    });
  });

  it('leaves no *.tmp files behind after building, rebuilding and loading', async () => {
    await open();
    expect(tmpFiles(dir)).toEqual([]);
    await open({ forceRebuild: true });
    await open({ embedder: localEmbedder(articles, { minGram: 2, maxGram: 4 }) });
    await open();
    expect(tmpFiles(dir)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['docstore.json', 'embedder-weights.bin', 'index.hnsw', 'lexical.bin', 'manifest.json']);
  });

  it.each([
    ['a regular file', (file: string) => file, 'EEXIST'],
    ['a folder under a regular file', (file: string) => join(file, 'embeddings'), 'ENOTDIR'],
  ])('says in one line that it cannot write the index when the folder is %s', async (_, folderOf, code) => {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const folder = folderOf(file);

    const error = await openIndex({ articles, embedder, dir: folder, logger }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(`Cannot write the vector index to ${folder}: ${code}`);
  });

  describe('in a read-only folder (as on a read-only mount, which even root cannot write)', () => {
    const writers = ['writeFileSync', 'mkdirSync', 'renameSync'] as const;
    const originals = Object.fromEntries(writers.map((name) => [name, fs[name]]));
    /** Makes every write under `folder` fail with EROFS, for the code under test too (its named imports included). */
    function mountReadOnly(folder: string): void {
      for (const name of writers) {
        const original = originals[name] as (...args: unknown[]) => unknown;
        (fs as unknown as Record<string, unknown>)[name] = (path: unknown, ...rest: unknown[]) => {
          if (String(path).startsWith(folder)) throw Object.assign(new Error(`EROFS: read-only file system, '${String(path)}'`), { code: 'EROFS' });
          return original(path, ...rest);
        };
      }
      syncBuiltinESMExports();
    }
    afterEach(() => {
      Object.assign(fs, originals);
      syncBuiltinESMExports();
    });

    it('serves a stale index rebuilt in memory, with one warning, and leaves the saved one as it was', async () => {
      await open();
      const saved = readManifest(dir);
      const { logger: recording, lines } = recordingLogger();
      mountReadOnly(dir);

      const opened = await openIndex({ articles, embedder: localEmbedder(articles, { minGram: 2, maxGram: 4 }), dir, logger: recording });

      expect(opened.rebuiltBecause).toBe('embedder changed');
      expect(opened.store.passages).toHaveLength(articles.flatMap((a) => a.paragraphs).length);
      const warnings = lines.map((l) => JSON.parse(l) as { level: number; msg: string; code?: string }).filter((l) => l.level === 40);
      expect(warnings).toEqual([expect.objectContaining({ code: 'EROFS', msg: expect.stringMatching(/^the index folder is read-only: serving the index from memory/) })]);
      expect(readManifest(dir)).toEqual(saved);
    });

    it('still fails in one line for `npm run index`, whose job is to write it', async () => {
      mkdirSync(dir, { recursive: true });
      mountReadOnly(dir);

      const error = await open({ forceRebuild: true }).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toBe(`Cannot write the vector index to ${dir}: EROFS`);
    });
  });

  it('removes its temporary file when a file of the index cannot be put in place', async () => {
    mkdirSync(join(dir, 'docstore.json'), { recursive: true });
    writeFileSync(join(dir, 'docstore.json', 'keep'), 'x');

    await expect(open()).rejects.toThrow(ConfigError);
    expect(tmpFiles(dir)).toEqual([]);
  });

  it('creates the index folder when it does not exist', async () => {
    const deeper = join(dir, 'a', 'b');
    mkdirSync(dir, { recursive: true });
    const opened = await openIndex({ articles, embedder, dir: deeper, logger });
    expect(opened.rebuiltBecause).toBeDefined();
    expect(readdirSync(deeper).sort()).toEqual(['docstore.json', 'embedder-weights.bin', 'index.hnsw', 'lexical.bin', 'manifest.json']);
  });
});

describe('openIndex with the graph in shards (built at once on worker threads)', () => {
  let root: string;
  let articles: Article[];
  const queries = ['John Kirby', 'tren i blinduar Vladivostok', 'ullinjtë në Berat', 'zjarri në Qeparo', 'ligji për mediat'];
  const open = (dir: string, extra: { articles?: Article[]; shards?: number } = {}) =>
    openIndex({ articles: extra.articles ?? articles, embedder: localEmbedder(extra.articles ?? articles), dir, logger, shards: extra.shards });
  /** The hits of a search, ties in label order (two graphs may list equal distances either way). */
  const hits = async (index: Awaited<ReturnType<typeof openIndex>>, text: string, k = 40) =>
    index.store
      .search(await index.embedder.embeddings.embedQuery(text), k)
      .map((h) => [h.label, h.similarity] as const)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);

  beforeEach(() => {
    root = makeTempDir('qa-shards-');
    articles = [...loadArticles(ARTICLES_DIR), ...loadArticles(join(ARTICLES_DIR, '..', 'eval', 'dev-articles'))];
  });
  afterEach(() => removeDir(root));

  it('answers every search exactly as the index built as one graph on the main thread, before and after a reload', async () => {
    const one = await open(join(root, 'one'), { shards: 1 });
    const two = await open(join(root, 'two'), { shards: 2 });
    expect(one.store.shardCount).toBe(1);
    expect(two.store.shardCount).toBe(2);
    expect(readdirSync(join(root, 'two')).filter((f) => f.endsWith('.hnsw')).sort()).toEqual(['index.1.hnsw', 'index.hnsw']);
    expect(two.store.passages).toEqual(one.store.passages);
    const reloaded = await open(join(root, 'two'));
    expect(reloaded.rebuiltBecause).toBeUndefined();
    expect(reloaded.store.shardCount).toBe(2);
    for (const query of queries) {
      const expected = await hits(one, query);
      expect(expected.length).toBeGreaterThan(10);
      expect(await hits(two, query)).toEqual(expected);
      expect(await hits(reloaded, query)).toEqual(expected);
    }
    for (let label = 0; label < one.store.size; label += 7) expect(two.store.vector(label)).toEqual(one.store.vector(label));
  });

  it('updates in place: new passages go to the last graph, a changed article is deleted from whichever graph holds it', async () => {
    const dir = join(root, 'index');
    await open(dir, { shards: 2 });
    const [first, ...rest] = articles;
    const changed = { ...first!, contentHash: 'e'.repeat(64), paragraphs: first!.paragraphs.slice(0, 3) };
    const updated = await open(dir, { articles: [changed, ...rest] });
    expect(updated.rebuiltBecause).toBeUndefined();
    expect(updated.store.shardCount).toBe(2);
    const total = articles.reduce((sum, a) => sum + a.paragraphs.length, 0);
    expect(updated.store.size).toBe(total + 3);
    const reloaded = await open(dir, { articles: [changed, ...rest] });
    expect(reloaded.rebuiltBecause).toBeUndefined();
    const labels = (await hits(reloaded, 'John Kirby tren i blinduar', 1000)).map(([label]) => label);
    // The first article's old passages (labels 0–11, in the first graph) are gone; its new ones are the last labels.
    expect(labels.some((label) => label < first!.paragraphs.length)).toBe(false);
    expect(labels).toEqual(expect.arrayContaining([total, total + 1, total + 2]));
    expect(labels).toHaveLength(total - first!.paragraphs.length + 3);
  });

  it('rebuilds when the second graph file is damaged or missing, and a one-graph rebuild removes it', async () => {
    const dir = join(root, 'index');
    await open(dir, { shards: 2 });
    truncateSync(join(dir, 'index.1.hnsw'), 100);
    expect((await open(dir, { shards: 2 })).rebuiltBecause).toMatch(/index\.1\.hnsw/);
    unlinkSync(join(dir, 'index.1.hnsw'));
    expect((await open(dir, { shards: 2 })).rebuiltBecause).toBeDefined();
    const single = await openIndex({ articles, embedder: localEmbedder(articles), dir, logger, shards: 1, forceRebuild: true });
    expect(single.store.shardCount).toBe(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.hnsw'))).toEqual(['index.hnsw']);
    expect((await open(dir)).rebuiltBecause).toBeUndefined();
  });
});
