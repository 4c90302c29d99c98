import { describe, expect, it, vi } from 'vitest';
import { MessageFlags } from 'discord.js';
import type { Turn } from '../../src/answer/answerer.js';
import type { Answer } from '../../src/answer/types.js';
import { DEFAULT_CHANNEL_ID } from '../fixtures/discord-api.js';
import { answered, buttonIds, callback, channelPost, fakeAnswerer, finalEdit, slash, statuses, useBotSuite, type Harness } from './harness.js';

const suite = useBotSuite();
/** The history the answerer was given, per question asked. */
let histories: { question: string; history: readonly Turn[] }[];

/** Starts the bot with an answerer that records the history it is given; `first` (if set) writes the first answer. */
async function startRecording(first?: (question: string) => Answer): Promise<Harness> {
  histories = [];
  const base = suite.ctx.answerer;
  const ask: typeof base.ask = async (question, options) => {
    histories.push({ question, history: options?.history ?? [] });
    return first && histories.length === 1 ? first(question) : base.ask(question, options);
  };
  return suite.start({ answerer: fakeAnswerer(base, { ask }) });
}

/** An answer long enough to take several messages, citing ¶1. */
function longAnswer(question: string): Answer {
  const { article: a } = suite.ctx;
  const text = Array.from({ length: 12 }, () => 'Kremlini tha sot se nuk kishte asnjë koment lidhur me artikullin [1]. '.repeat(12)).join('\n\n');
  const citations = [{ marker: 1, articleId: a.id, paragraph: 1, quote: a.paragraphs[0]!.sentences[0]!.text }];
  return { question, language: 'en', found: true, confidence: 'high', mode: 'llm', text, citations, article: { id: a.id, title: a.title, date: a.date } };
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
    const h = await startRecording();
    const threadId = await askInChannel(h, 'Çfarë tha John Kirby?');

    const created = h.api.requestsMatching<{ name: string }>({ route: 'POST /channels/:channelId/messages/:messageId/threads' });
    expect(created).toHaveLength(1);
    expect(created[0]!.path).toBe(`/channels/${DEFAULT_CHANNEL_ID}/messages/${threadId}/threads`);
    expect(created[0]!.body.name).toBe('Çfarë tha John Kirby?');
  });

  it('answers a plain message in its thread as a follow-up, passing the thread’s earlier turns as history', async () => {
    const h = await startRecording();
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
    const h = await startRecording();
    const threadId = await askInChannel(h, 'Çfarë tha John Kirby?');
    await answered(h, 1);

    const { token } = slash(h.api, 'ask', { question: 'Kush është Patricia Lewis?' }, { channelId: threadId });
    await finalEdit(h.api, token);
    await answered(h, 2);

    expect(histories[1]!.history.map((t) => t.question)).toEqual(['Çfarë tha John Kirby?']);
    expect(h.api.requestsMatching({ route: 'POST /channels/:channelId/messages/:messageId/threads' })).toHaveLength(1);
  });

  it('remembers the conversation of a DM, which has no threads', async () => {
    const h = await startRecording();
    h.api.messageCreate({ content: 'Çfarë tha John Kirby?', dm: true });
    await answered(h, 1);

    h.api.messageCreate({ content: 'Po Patricia Lewis?', dm: true });
    await answered(h, 2);

    expect(histories[1]!.history.map((t) => t.question)).toEqual(['Çfarë tha John Kirby?']);
    expect(h.api.requestsMatching({ route: 'POST /channels/:channelId/messages/:messageId/threads' })).toHaveLength(0);
  });

  it('forgets the thread’s conversation after /new', async () => {
    const h = await startRecording();
    const threadId = await askInChannel(h, 'Çfarë tha John Kirby?');
    await answered(h, 1);

    const reset = slash(h.api, 'new', {}, { channelId: threadId });
    expect((await callback(h.api, reset.id)).body.data!.content).toBe('Done: your next question starts a new conversation.');
    h.api.messageCreate({ content: 'Kush është Patricia Lewis?', channelId: threadId });
    await answered(h, 2);

    expect(histories[1]!.history).toEqual([]);
  });

  it('says privately that /new works in a thread or a DM when used in a plain channel, where there is nothing to forget', async () => {
    const h = await startRecording();

    const reset = slash(h.api, 'new');
    const reply = await callback(h.api, reset.id);

    expect(reply.body.data!.content).toBe('There is no conversation to forget here: /new works in a thread I opened under an answer, or in direct messages.');
    expect(reply.body.data!.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('forgets the conversation when "New question" is pressed under the last message of an answer split over several', async () => {
    const h = await startRecording(longAnswer);
    const threadId = await askInChannel(h, 'Everything, please?');
    await answered(h, 1);
    // The answer's messages, as Discord echoes them: only the last one has buttons.
    await vi.waitFor(() => expect(h.botMessages.filter((m) => buttonIds(m).length > 0)).toHaveLength(1));
    const last = h.botMessages.find((m) => buttonIds(m).includes('new:en'))!;
    expect(h.botMessages.at(-1)).toBe(last);
    expect(h.botMessages.length).toBeGreaterThan(1);

    const click = h.api.interactionCreate({ kind: 'button', customId: 'new:en', message: last });
    expect((await callback(h.api, click.id)).body.data!.content).toBe('Done: your next question starts a new conversation.');
    h.api.messageCreate({ content: 'Kush është Patricia Lewis?', channelId: threadId });
    await answered(h, 2);

    expect(histories[1]!.history).toEqual([]);
  });

  it('forgets the conversation when "New question" is pressed in the thread', async () => {
    const h = await startRecording();
    const threadId = await askInChannel(h, 'Çfarë tha John Kirby?');
    await answered(h, 1);

    const click = h.api.interactionCreate({ kind: 'button', customId: 'new:sq', channelId: threadId });
    expect((await callback(h.api, click.id)).body.data!.content).toBe('U bë: pyetja juaj e radhës nis një bisedë të re.');
    h.api.messageCreate({ content: 'Kush është Patricia Lewis?', channelId: threadId });
    await answered(h, 2);

    expect(histories[1]!.history).toEqual([]);
  });
});

describe('the language of follow-ups', () => {
  it.each([
    ['Çfarë tha John Kirby?', 'Po Putin?', 'Pyetje e re'],
    ['Çfarë tha John Kirby?', 'Kremlini', 'Pyetje e re'],
    ['What did John Kirby say?', 'Kremlini', 'New question'],
  ])('answers a follow-up with no clue to its language in the conversation’s: after %j, %j gets "%s"', async (first, followUp, newQuestion) => {
    const h = await startRecording();
    const threadId = await askInChannel(h, first);
    await answered(h, 1);

    h.api.messageCreate({ content: followUp, channelId: threadId });
    const reply = await channelPost(h.api, threadId);

    expect(reply.body.components!.flatMap((row) => row.components).at(-1)!.label).toBe(newQuestion);
  });
});
