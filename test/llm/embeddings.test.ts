import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';
import type { OpenAiApi } from '../fixtures/openai-api.js';
import { ARTICLES_DIR, captureLogs, SECRET_KEY, startApi, tempDir } from './helpers.js';

let api: OpenAiApi;
const logs = captureLogs();
const index = tempDir();

beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
  index.remove();
});

/** Opens the bot's context the way `npm start` would, with `EMBEDDINGS` as given. */
function open(embeddings: 'openai' | 'local') {
  const config = loadConfig({
    ENV_FILE: '',
    ARTICLES_DIR,
    EMBEDDINGS_DIR: index.dir,
    EMBEDDINGS: embeddings,
    OPENAI_API_KEY: SECRET_KEY,
    OPENAI_BASE_URL: api.baseURL,
    OPENAI_MAX_RETRIES: '0',
  });
  return createContext(config, logs.logger);
}

const manifestEmbedder = () => (JSON.parse(readFileSync(join(index.dir, 'manifest.json'), 'utf8')) as { embedder: { id: string; dimensions: number } }).embedder;

describe('embeddings through the server', () => {
  it('builds the index with EMBEDDINGS=openai, and switching EMBEDDINGS rebuilds it', async () => {
    const built = await open('openai');
    const paragraphs = built.article.paragraphs.map((p) => p.text);
    expect(built.index.rebuiltBecause).toBe('no index yet');
    expect(manifestEmbedder()).toEqual({ id: 'openai:text-embedding-3-small', dimensions: 32, fittedPassages: 12 });
    expect(api.embeddingRequests().flatMap((r) => r.body.input as string[])).toEqual(paragraphs);
    expect(api.embeddingRequests().every((r) => r.authorization === `Bearer ${SECRET_KEY}`)).toBe(true);

    // Questions are embedded by the same server.
    const retrieval = await built.retriever.retrieve('Me çfarë treni do të udhëtojë Kim?');
    expect(api.embeddingRequests().at(-1)!.body.input).toBe(retrieval.query.searchText);

    const reopened = await open('openai');
    expect(reopened.index.rebuiltBecause).toBeUndefined();

    const local = await open('local');
    expect(local.index.rebuiltBecause).toBe('embedder changed');
    expect(manifestEmbedder().id).toMatch(/^local-/);

    const requestsBefore = api.embeddingRequests().length;
    const back = await open('openai');
    expect(back.index.rebuiltBecause).toBe('embedder changed');
    expect(manifestEmbedder().id).toBe('openai:text-embedding-3-small');
    expect(api.embeddingRequests().length).toBeGreaterThan(requestsBefore);
    expect(logs.lines.join('\n')).not.toContain(SECRET_KEY);
  });
});
