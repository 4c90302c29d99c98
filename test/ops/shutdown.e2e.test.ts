/**
 * SIGTERM to the compiled bot in LLM mode while an answer is streaming slowly from the model
 * (the OpenAI fixture, through the real LangChain client): the reply ends as a final answer,
 * never as the unchecked preview, and the process exits 0.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { t } from '../../src/i18n.js';
import { startDiscordApi, type DiscordApi } from '../fixtures/discord-api.js';
import type { OpenAiApi, RecordedChatRequest } from '../fixtures/openai-api.js';
import { edits, finalEdit, slash, type MessageJson } from '../discord/harness.js';
import { makeTempDir, removeDir } from '../helpers/core.js';
import { ensureBuilt } from '../helpers/dist.js';
import { documentWith, SECRET_KEY, startApi } from '../llm/helpers.js';
import { startBotProcess, type BotProcess } from './process.js';

const QUESTION = 'Me çfarë treni do të udhëtojë Kim?';
const TRAIN_QUOTE = 'me gjasë me një tren të blinduar';
let dir: string;
let openai: OpenAiApi;
let discord: DiscordApi | undefined;
let bot: BotProcess | undefined;

beforeAll(async () => {
  await ensureBuilt();
  dir = makeTempDir('qa-shutdown-');
  openai = await startApi();
}, 120_000);
afterEach(async () => {
  bot?.kill();
  await discord?.close();
  openai.reset();
});
afterAll(async () => {
  await openai.close();
  removeDir(dir);
});

/** A model that answers correctly about the train, streaming 4 characters every `chunkDelayMs`. */
const slowModel = (chunkDelayMs: number) => (request: RecordedChatRequest) => {
  const d = documentWith(request, TRAIN_QUOTE);
  const answer = `Kim do të udhëtojë me gjasë me një tren të blinduar, sipas artikullit [${d.id}].`;
  return { json: { found: true, answer, citations: [{ document: d.id, quote: TRAIN_QUOTE, translation: null }] }, chunkSize: 4, chunkDelayMs };
};

/** Starts the bot in LLM mode, asks, and waits until a streamed preview is on screen. */
async function askWhileStreaming(env: Record<string, string> = {}): Promise<string> {
  discord = await startDiscordApi();
  bot = startBotProcess(dir, {
    DISCORD_TOKEN: discord.token, DISCORD_API_BASE: discord.restBase, ANSWER_MODE: 'llm', OPENAI_API_KEY: SECRET_KEY,
    OPENAI_BASE_URL: openai.baseURL, OPENAI_MAX_RETRIES: '0', ...env,
  });
  await bot.waitForLog({ msg: 'Discord bot ready' });
  const { token } = slash(discord, 'ask', { question: QUESTION });
  await vi.waitFor(() => expect(edits(discord!, token).some((edit) => (edit.body.content ?? '').endsWith('…'))).toBe(true), { timeout: 10_000 });
  return token;
}

describe('SIGTERM with an answer in flight', () => {
  it('lets the streaming answer finish, shows it final and checked, and exits 0', async () => {
    openai.setDefaultReply(slowModel(60));
    const token = await askWhileStreaming();

    bot!.child.kill('SIGTERM');

    expect(await bot!.exited).toBe(0);
    const final = await finalEdit(discord!, token);
    expect(final.body.embeds![0]!.description).toContain('tren të blinduar');
    expect(JSON.stringify(final.body)).not.toContain(t('shutdownFallback', 'sq'));
    expect(edits(discord!, token).at(-1)).toBe(final);
    expect(bot!.logs.find((l) => l.msg === 'work in flight drained')).toMatchObject({ finished: 1, abandoned: 0 });
    expect(discord!.connectedClients).toBe(0);
  }, 60_000);

  it('after SHUTDOWN_GRACE_MS, replaces the preview with the extractive answer and a notice, and exits 0', async () => {
    openai.setDefaultReply(slowModel(1_000));
    const token = await askWhileStreaming({ SHUTDOWN_GRACE_MS: '500' });

    const signalled = Date.now();
    bot!.child.kill('SIGTERM');

    expect(await bot!.exited).toBe(0);
    const last = edits(discord!, token).at(-1)!.body as MessageJson;
    expect(last.content ?? '').toBe('');
    expect(JSON.stringify(last.embeds)).toContain(t('shutdownFallback', 'sq'));
    expect(last.embeds![0]!.description).toContain('¶');
    expect(bot!.logs.find((l) => l.msg === 'work in flight drained')).toMatchObject({ finished: 0, abandoned: 1, noticed: 0 });
    expect(Date.now() - signalled).toBeLessThan(8_000);
  }, 60_000);
});
