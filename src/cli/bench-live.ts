import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { createContext, type BotContext } from '../context.js';
import { createLogger } from '../logger.js';
import { progressLine } from './progress.js';
import { runMain } from './run.js';

/**
 * `npm run bench:live`: what live updates cost on a newsroom-sized folder (the seed and the eval
 * articles, copied until there are about 100): the first build's rate, an article added, corrected
 * and removed in place, the time from writing a file to answering from it with the folder
 * watched, and a full rebuild. Offline engine; prints what it measures.
 */

const ARTICLES = 100;
const ROUNDS = 10;
const SOURCES = ['articles', 'eval/dev-articles', 'eval/test-articles'];
const NEW_ARTICLE = (n: number) =>
  `---\ntitle: Lajm i ri ${n}\ndate: 2030-01-01\n---\n\nKomuna e Bregut njoftoi sot projektin numër ${n} për ujësjellësin e ri.\n\nPunimet do të zgjasin tetë muaj.\n`;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function row(name: string, samples: number[]): string {
  const fmt = (x: number) => x.toFixed(1).padStart(8);
  return `${name.padEnd(40)} ${fmt(percentile(samples, 50))} ${fmt(percentile(samples, 95))} ${fmt(Math.max(...samples))}`;
}

/** Resolves once `ready` holds, polling every few milliseconds; returns the time it took. */
async function until(ready: () => boolean, started: number): Promise<number> {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 5));
  return performance.now() - started;
}

runMain(async () => {
  const settings = loadConfig();
  const work = mkdtempSync(join(tmpdir(), 'bench-live-'));
  const articlesDir = join(work, 'articles');
  const config = { ...settings, articlesDir, embeddingsDir: join(work, 'embeddings'), llm: { ...settings.llm, answerMode: 'extractive' as const, embeddings: 'local' as const } };
  try {
    const files = SOURCES.flatMap((dir) => readdirSync(dir).filter((f) => /\.(txt|md)$/i.test(f) && f.toLowerCase() !== 'readme.md').map((f) => join(dir, f)));
    mkdirSync(articlesDir);
    for (let i = 0; i < ARTICLES; i++) copyFileSync(files[i % files.length]!, join(articlesDir, `copy-${i}-${i % files.length}.txt`));

    let last = '';
    const started = performance.now();
    const ctx: BotContext = await createContext(config, createLogger('warn'), { onProgress: (p) => (last = progressLine(p)) });
    const firstBuild = performance.now() - started;

    const add: number[] = [];
    const change: number[] = [];
    const remove: number[] = [];
    for (let n = 0; n < ROUNDS; n++) {
      const path = join(articlesDir, `new-${n}.md`);
      writeFileSync(path, NEW_ARTICLE(n));
      let t = performance.now();
      await ctx.library.refresh();
      add.push(performance.now() - t);
      writeFileSync(path, `${NEW_ARTICLE(n)}\nPunimet i kryen firma Ndërtimi ${n}.\n`);
      t = performance.now();
      await ctx.library.refresh();
      change.push(performance.now() - t);
      unlinkSync(path);
      t = performance.now();
      await ctx.library.refresh();
      remove.push(performance.now() - t);
    }

    ctx.library.watch();
    const visible: number[] = [];
    for (let n = 0; n < ROUNDS; n++) {
      const id = `watched-${n}`;
      const t = performance.now();
      writeFileSync(join(articlesDir, `${id}.md`), NEW_ARTICLE(100 + n));
      visible.push(await until(() => ctx.articles.some((a) => a.id === id), t));
      const answer = await ctx.answerer.ask(`Sa do të zgjasin punimet për projektin numër ${100 + n}?`);
      if (answer.article.id !== id) process.stderr.write(`note: round ${n} answered from ${answer.article.id}\n`);
    }
    await ctx.library.close();

    const t = performance.now();
    const rebuilt = await ctx.library.rebuild();
    const rebuild = performance.now() - t;

    const snapshot = ctx.library.current;
    process.stdout.write(
      [
        `Live updates (offline, ${snapshot.articles.length} articles, ${snapshot.paragraphs} paragraphs, Node ${process.version})`,
        `first build: ${firstBuild.toFixed(0)} ms (${last})`,
        `${'measure (ms)'.padEnd(40)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`,
        row('article added (refresh)', add),
        row('article corrected (refresh)', change),
        row('article removed (refresh)', remove),
        row('file written → answerable (watched)', visible),
        `full rebuild (/reindex): ${rebuild.toFixed(0)} ms for ${rebuilt.paragraphs} paragraphs`,
        `resident memory after the run: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`,
      ].join('\n') + '\n',
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, { usage: 'Usage: npm run bench:live (live updates on a folder of about 100 articles; offline engine)' });
