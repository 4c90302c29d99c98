/** LLM mode over a live folder: every snapshot's answerer, and each picked article's, shares one model queue. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type BotContext } from '../../src/context.js';
import { t } from '../../src/i18n.js';
import type { OpenAiApi } from '../fixtures/openai-api.js';
import { addTram, articlesFolder, TRAM_ID } from '../helpers/articles.js';
import { removeDir, SEED_ID } from '../helpers/core.js';
import { captureLogs, llmConfig, startApi, tempDir } from './helpers.js';

let api: OpenAiApi;
let articles: string;
const index = tempDir();
let ctx: BotContext;

beforeAll(async () => {
  api = await startApi();
  articles = articlesFolder();
  ctx = await createContext({ ...llmConfig(api, index.dir, { maxConcurrency: 1, maxQueue: 0 }), articlesDir: articles }, captureLogs().logger);
});
afterAll(async () => {
  await ctx.library.close();
  await api.close();
  removeDir(articles);
  index.remove();
});

describe('the model queue across snapshots', () => {
  it('counts answers of an older snapshot, the new one and a picked article against the same OPENAI_MAX_CONCURRENCY', async () => {
    api.enqueue(() => ({ delayMs: 400, json: { found: false, answer: '', citations: [] } }));
    const before = ctx.answerer;
    const inFlight = before.ask('Me çfarë treni do të udhëtojë Kim?');
    addTram(articles);
    await ctx.library.refresh();

    expect(ctx.answerer).not.toBe(before);
    const newest = await ctx.answerer.ask('Sa kushtoi linja e tramvajit?');
    const picked = await ctx.library.current.scope(SEED_ID).answerer.ask('Çfarë tha John Kirby?');
    await inFlight;

    expect(newest.notice).toBe(t('llmBusy', 'sq'));
    expect(newest.article.id).toBe(TRAM_ID);
    expect(picked.notice).toBe(t('llmBusy', 'sq'));
    expect(api.chatRequests()).toHaveLength(1);
  });
});
