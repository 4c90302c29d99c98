import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stripBotMentions } from '../../src/discord/messages.js';
import { DEFAULT_BOT_ROLE_ID, DEFAULT_BOT_USER_ID, DEFAULT_CHANNEL_ID, DEFAULT_DM_CHANNEL_ID } from '../fixtures/discord-api.js';
import type { TestContext } from '../helpers/core.js';
import { answered, articleContext, channelPost, expectNoPings, expectWithinLimits, startHarness, type Harness } from './harness.js';

let article: TestContext;
let h: Harness | undefined;

beforeAll(async () => {
  article = await articleContext();
});
afterAll(() => article.cleanup());
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const BOT = `<@${DEFAULT_BOT_USER_ID}>`;
const replies = (harness: Harness) => harness.api.requestsMatching({ route: 'POST /channels/:channelId/messages' });

describe('mentions and direct messages', () => {
  it('replies to a mention with the answer embed, without pinging the author, and opens a thread on the reply', async () => {
    h = await startHarness(article.ctx);
    const question = h.api.messageCreate({ content: `${BOT} Çfarë tha John Kirby?`, mentionBot: true });

    const reply = await channelPost(h.api, DEFAULT_CHANNEL_ID);

    expect(reply.body.message_reference?.message_id).toBe(question.id);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embed = reply.body.embeds![0]!;
    expect(embed.title).toBe('Çfarë tha John Kirby?');
    expect(embed.description).toContain('**Burimet**');
    expect(reply.body.components!.length).toBeGreaterThan(0);
    expectWithinLimits(reply.body);
    await h.api.waitForRequest({ route: 'POST /channels/:channelId/messages/:messageId/threads' });
  });

  it('answers a direct message in the DM channel, without a mention and without a thread', async () => {
    h = await startHarness(article.ctx);
    h.api.messageCreate({ content: 'What did John Kirby say?', dm: true });

    const reply = await channelPost(h.api, DEFAULT_DM_CHANNEL_ID);
    await answered(h, 1);

    expect(reply.body.embeds![0]!.description).toContain('**Sources**');
    expect(h.api.requestsMatching({ route: 'POST /channels/:channelId/typing' })).toHaveLength(1);
    expect(h.api.requestsMatching({ route: 'POST /channels/:channelId/messages/:messageId/threads' })).toHaveLength(0);
  });

  it('ignores messages written by bots, its own echoes, and channel messages that do not mention it', async () => {
    h = await startHarness(article.ctx);
    const otherBot = { id: '1000000000000000999', username: 'other-bot', bot: true };
    h.api.messageCreate({ content: `${BOT} Çfarë tha John Kirby?`, mentionBot: true, author: otherBot });
    h.api.messageCreate({ content: 'What did John Kirby say?', dm: true, author: otherBot });
    h.api.messageCreate({ content: 'Çfarë tha John Kirby?' });
    // Gateway events are handled in order: once this one is answered, the ones before were handled too.
    h.api.messageCreate({ content: 'What did John Kirby say?', dm: true });
    await answered(h, 1);

    expect(replies(h).map((r) => r.path)).toEqual([`/channels/${DEFAULT_DM_CHANNEL_ID}/messages`]);
  });

  it('shows a short help for a mention without a question, in Albanian when the message is Albanian', async () => {
    h = await startHarness(article.ctx);
    h.api.messageCreate({ content: BOT, mentionBot: true });
    const english = await channelPost(h.api, DEFAULT_CHANNEL_ID);
    h.api.clearRequests();
    h.api.messageCreate({ content: `${BOT} ndihmë`, mentionBot: true });
    const albanian = await channelPost(h.api, DEFAULT_CHANNEL_ID);

    expect(english.body.embeds![0]!.description).toMatch(/^I answer questions about the article/);
    expect(albanian.body.embeds![0]!.description).toMatch(/^Përgjigjem për pyetje rreth artikullit/);
  });

  it('pings nobody when the question contains @everyone, @here, a role and a user mention', async () => {
    h = await startHarness(article.ctx);
    const question = `${BOT} @everyone @here <@&${DEFAULT_BOT_ROLE_ID}> <@1000000000000000300> Çfarë tha John Kirby?`;
    h.api.messageCreate({ content: question, mentionBot: true });
    const reply = await channelPost(h.api, DEFAULT_CHANNEL_ID);
    h.api.interactionCreate({ kind: 'command', name: 'ask', options: [{ name: 'question', type: 3, value: question }] });
    await answered(h, 2);

    expect(reply.body.embeds![0]!.title).toContain('@everyone');
    expectNoPings(h.api);
  });
});

describe('stripBotMentions', () => {
  it('removes both mention forms of the bot and keeps everything else', () => {
    expect(stripBotMentions(`<@${DEFAULT_BOT_USER_ID}>  Ku?  <@!${DEFAULT_BOT_USER_ID}> <@123>`, DEFAULT_BOT_USER_ID)).toBe('Ku? <@123>');
  });
});
