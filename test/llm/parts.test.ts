/**
 * A question of two parts in LLM mode, through the real client against the loopback fixture: the
 * model is shown the passages of every part (here in two articles) and told the question may have
 * several parts; its citations are checked as any answer's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type BotContext } from '../../src/context.js';
import type { OpenAiApi, RecordedChatRequest } from '../fixtures/openai-api.js';
import { BRIDGE, MUSEUM, PARTS_ARTICLES } from '../fixtures/parts-articles.js';
import { expectFaithful, silentLogger } from '../helpers/core.js';
import { documentsOf, llmConfig, startApi, systemPromptOf, tempDir } from './helpers.js';

const OPENED = 'Muzeu i ri i detit në Durrës u hap të shtunën';
const BUILT = 'Ndërtimi i urës mbi Bunë zgjati 14 muaj';

let api: OpenAiApi;
let ctx: BotContext;
const dir = tempDir();
beforeAll(async () => {
  api = await startApi();
  const articlesDir = join(dir.dir, 'articles');
  mkdirSync(articlesDir);
  for (const [name, text] of Object.entries(PARTS_ARTICLES)) writeFileSync(join(articlesDir, name), text);
  ctx = await createContext({ ...llmConfig(api, join(dir.dir, 'embeddings')), articlesDir }, silentLogger());
});
afterAll(async () => {
  await api.close();
  dir.remove();
});

/** A model that answers both parts when it is shown both answers, and says "not found" otherwise. */
function bothParts(request: RecordedChatRequest) {
  const documents = documentsOf(request);
  const opened = documents.find((d) => d.text.includes(OPENED));
  const built = documents.find((d) => d.text.includes(BUILT));
  if (!opened || !built) return { json: { found: false, answer: '', citations: [] } };
  return {
    json: {
      found: true,
      answer: `It opened on Saturday [${opened.id}]; the bridge took 14 months [${built.id}].`,
      citations: [
        { document: opened.id, quote: OPENED, translation: null },
        { document: built.id, quote: BUILT, translation: null },
      ],
    },
  };
}

describe('an LLM answer to a question of two parts', () => {
  it('is written from the passages of both parts, in both articles, and keeps the checked citations of each', async () => {
    api.enqueue(bothParts);
    const answer = await ctx.answerer.ask('When did the sea museum open, and how long did the bridge take to build?');
    expect(systemPromptOf(api.chatRequests().at(-1)!)).toContain('several parts');
    expect(answer.mode).toBe('llm');
    expect(answer.found).toBe(true);
    expectFaithful(answer, ctx.articles);
    expect(answer.citations.map((c) => [c.articleId, c.paragraph, c.otherArticle?.id])).toEqual([
      [MUSEUM, 1, undefined],
      [BRIDGE, 2, BRIDGE],
    ]);
  });
});
