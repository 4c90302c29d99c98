import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/answer/answerer.js';
import { DEFAULT_CHANNEL_ID } from '../fixtures/discord-api.js';
import type { TestContext } from '../helpers/core.js';
import { answered, articleContext, callback, channelPost, fakeAnswerer, finalEdit, slash, startHarness, statuses, type Harness } from './harness.js';

let article: TestContext;
let h: Harness | undefined;
/** The history the answerer was given, per question asked. */
let histories: { question: string; history: readonly Turn[] }[];

beforeAll(async () => {
  article = await articleContext();
});
afterAll(() => article.cleanup());
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function startRecording(): Promise<Harness> {
  histories = [];
  const base = article.ctx.answerer;
  const ask: typeof base.ask = (question, options) => {
    histories.push({ question, history: options?.history ?? [] });
    return base.ask(question, options);
  };
  return startHarness(article.ctx, { answerer: fakeAnswerer(base, { ask }) });
}

/** Asks with /ask in the main channel and returns the id of the thread opened on the answer. */
async function askInChannel(harness: Harness, question: string): Promise<string> {
  slash(harness.api, 'ask', { question });
  const created = await harness.api.waitForRequest({ route: 'POST /channels/:channelId/messages/:messageId/threads' });
  await statuses([created]);
  return created.path.split('/')[4]!;
}

describe('threads and follow-ups', () => {
  it('opens a thread on the /ask answer, named after the question', async () => {
    h = await startRecording();
    const threadId = await askInChannel(h, 'Çfarë tha John Kirby?');

    const created = h.api.requestsMatching<{ name: string }>({ route: 'POST /channels/:channelId/messages/:messageId/threads' });
    expect(created).toHaveLength(1);
    expect(created[0]!.path).toBe(`/channels/${DEFAULT_CHANNEL_ID}/messages/${threadId}/threads`);
    expect(created[0]!.body.name).toBe('Çfarë tha John Kirby?');
  });

  it('answers a plain message in its thread as a follow-up, passing the thread’s earlier turns as history', async () => {
    h = await startRecording();
    const threadId = await askInChannel(h, 'Çfarë tha John Kirby?');
    await answered(h, 1);

    const question = h.api.messageCreate({ content: 'Po Patricia Lewis çfarë tha?', channelId: threadId });
    const reply = await channelPost(h.api, threadId);

    expect(reply.body.message_reference?.message_id).toBe(question.id);
    expect(reply.body.embeds![0]!.title).toBe('Po Patricia Lewis çfarë tha?');
    expect(histories).toHaveLength(2);
    expect(histories[1]!.history).toEqual([{ question: 'Çfarë tha John Kirby?', answer: expect.stringContaining('Kirby') }]);
    // A follow-up stays in its thread: no thread inside the thread.
    await answered(h, 2);
    expect(h.api.requestsMatching({ route: 'POST /channels/:channelId/messages/:messageId/threads' })).toHaveLength(1);
  });

  it('continues the conversation when /ask is used inside the thread', async () => {
    h = await startRecording();
    const threadId = await askInChannel(h, 'Çfarë tha John Kirby?');
    await answered(h, 1);

    const { token } = slash(h.api, 'ask', { question: 'Kush është Patricia Lewis?' }, { channelId: threadId });
    await finalEdit(h.api, token);
    await answered(h, 2);

    expect(histories[1]!.history.map((t) => t.question)).toEqual(['Çfarë tha John Kirby?']);
    expect(h.api.requestsMatching({ route: 'POST /channels/:channelId/messages/:messageId/threads' })).toHaveLength(1);
  });

  it('remembers the conversation of a DM, which has no threads', async () => {
    h = await startRecording();
    h.api.messageCreate({ content: 'Çfarë tha John Kirby?', dm: true });
    await answered(h, 1);

    h.api.messageCreate({ content: 'Po Patricia Lewis?', dm: true });
    await answered(h, 2);

    expect(histories[1]!.history.map((t) => t.question)).toEqual(['Çfarë tha John Kirby?']);
    expect(h.api.requestsMatching({ route: 'POST /channels/:channelId/messages/:messageId/threads' })).toHaveLength(0);
  });

  it('forgets the thread’s conversation after /new', async () => {
    h = await startRecording();
    const threadId = await askInChannel(h, 'Çfarë tha John Kirby?');
    await answered(h, 1);

    const reset = slash(h.api, 'new', {}, { channelId: threadId });
    expect((await callback(h.api, reset.id)).body.data!.content).toBe('Done: your next question starts a new conversation.');
    h.api.messageCreate({ content: 'Kush është Patricia Lewis?', channelId: threadId });
    await answered(h, 2);

    expect(histories[1]!.history).toEqual([]);
  });

  it('forgets the conversation when "New question" is pressed in the thread', async () => {
    h = await startRecording();
    const threadId = await askInChannel(h, 'Çfarë tha John Kirby?');
    await answered(h, 1);

    const click = h.api.interactionCreate({ kind: 'button', customId: 'new:sq', channelId: threadId });
    expect((await callback(h.api, click.id)).body.data!.content).toBe('U bë: pyetja juaj e radhës nis një bisedë të re.');
    h.api.messageCreate({ content: 'Kush është Patricia Lewis?', channelId: threadId });
    await answered(h, 2);

    expect(histories[1]!.history).toEqual([]);
  });
});
