/**
 * Retrieval reads bounded candidate lists (the nearest neighbours, the best BM25 matches), not
 * every paragraph: in an archive many times larger than those lists, the seed article's
 * questions must still find the seed article's gold paragraphs.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type BotContext } from '../../src/context.js';
import { loadEvalSet } from '../../src/eval/evaluate.js';
import { writeSyntheticArchive } from '../../src/eval/synthetic-archive.js';
import { DEV_QUESTIONS, SEED_ARTICLE, SEED_ID, makeTempDir, removeDir, silentLogger, testConfig } from '../helpers/core.js';

let dir: string;
let ctx: BotContext;
beforeAll(async () => {
  dir = makeTempDir('qa-archive-');
  const archive = writeSyntheticArchive(join(dir, 'articles'), 1200, SEED_ARTICLE);
  ctx = await createContext({ ...testConfig(join(dir, 'embeddings')), articlesDir: archive.dir }, silentLogger());
}, 120_000);
afterAll(() => removeDir(dir));

describe('retrieval in a 1,200-paragraph archive', () => {
  it('ranks a bounded list of candidates, not every paragraph', async () => {
    expect(ctx.index.store.passages).toHaveLength(1200);
    const { passages } = await ctx.retriever.retrieve('Çfarë tha John Kirby?');
    expect(passages.length).toBeLessThanOrEqual(300);
    expect(new Set(passages.map((p) => `${p.article.id}#${p.paragraph.number}`)).size).toBe(passages.length);
    const scores = passages.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("still finds a gold paragraph of the seed article in the top 3 for the seed article's questions", async () => {
    const questions = loadEvalSet(DEV_QUESTIONS).filter((q) => q.paragraphs.length > 0);
    const misses: string[] = [];
    for (const item of questions) {
      const { passages, found } = await ctx.retriever.retrieve(item.q);
      const hit = passages.slice(0, 3).some((p) => p.article.id === SEED_ID && item.paragraphs.includes(p.paragraph.number));
      if (!hit || !found) misses.push(`${item.q} → ${passages.slice(0, 3).map((p) => `${p.article.id}#${p.paragraph.number}`).join(', ')}`);
    }
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(1);
  });

  it('answers from the seed article with verbatim sentences of it', async () => {
    const answer = await ctx.answerer.ask('Me çfarë treni do të udhëtojë Kim?');
    expect(answer.found).toBe(true);
    expect(answer.article.id).toBe(SEED_ID);
    expect(answer.citations.map((c) => c.paragraph)).toContain(2);
  });
});
