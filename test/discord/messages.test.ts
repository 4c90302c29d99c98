import { describe, expect, it, vi } from 'vitest';
import { stripBotMentions } from '../../src/discord/messages.js';
import { UserError } from '../../src/errors.js';
import { localized } from '../../src/i18n.js';
import { DEFAULT_BOT_ROLE_ID, DEFAULT_BOT_USER_ID, DEFAULT_CHANNEL_ID, DEFAULT_DM_CHANNEL_ID } from '../fixtures/discord-api.js';
import { answered, channelPost, expectNoPings, expectWithinLimits, fakeAnswerer, statuses, useBotSuite, type Harness } from './harness.js';

const suite = useBotSuite();

const BOT = `<@${DEFAULT_BOT_USER_ID}>`;
const replies = (harness: Harness) => harness.api.requestsMatching<{ content?: string }>({ route: 'POST /channels/:channelId/messages' });

describe('mentions and direct messages', () => {
  it('replies to a mention with the answer embed, without pinging the author, and opens a thread on the reply', async () => {
    const h = await suite.start();
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
    const h = await suite.start();
    h.api.messageCreate({ content: 'What did John Kirby say?', dm: true });

    const reply = await channelPost(h.api, DEFAULT_DM_CHANNEL_ID);
    await answered(h, 1);

    expect(reply.body.embeds![0]!.description).toContain('**Sources**');
    expect(h.api.requestsMatching({ route: 'POST /channels/:channelId/typing' })).toHaveLength(1);
    expect(h.api.requestsMatching({ route: 'POST /channels/:channelId/messages/:messageId/threads' })).toHaveLength(0);
  });

  it('ignores messages written by bots, its own echoes, and channel messages that do not mention it', async () => {
    const h = await suite.start();
    const otherBot = { id: '1000000000000000999', username: 'other-bot', bot: true };
    h.api.messageCreate({ content: `${BOT} Çfarë tha John Kirby?`, mentionBot: true, author: otherBot });
    h.api.messageCreate({ content: 'What did John Kirby say?', dm: true, author: otherBot });
    h.api.messageCreate({ content: 'Çfarë tha John Kirby?' });
    // Gateway events are handled in order: once this one is answered, the ones before were handled too.
    h.api.messageCreate({ content: 'What did John Kirby say?', dm: true });
    await answered(h, 1);
    // Discord echoes the answer back; it is handled when it arrives. Anything it made the bot send
    // would come before the answer to the next question.
    await vi.waitFor(() => expect(h.botMessages.map((m) => m.channel_id)).toEqual([DEFAULT_DM_CHANNEL_ID]));
    h.api.messageCreate({ content: 'Kush është Patricia Lewis?', dm: true });
    await answered(h, 2);

    expect(replies(h).map((r) => r.path)).toEqual([`/channels/${DEFAULT_DM_CHANNEL_ID}/messages`, `/channels/${DEFAULT_DM_CHANNEL_ID}/messages`]);
  });

  it('answers a mention of its managed role like a mention of itself, with the role taken out of the question', async () => {
    const h = await suite.start();
    h.api.messageCreate({ content: `<@&${DEFAULT_BOT_ROLE_ID}> Çfarë tha John Kirby?`, raw: { mention_roles: [DEFAULT_BOT_ROLE_ID] } });

    const reply = await channelPost(h.api, DEFAULT_CHANNEL_ID);

    expect(reply.body.embeds![0]!.title).toBe('Çfarë tha John Kirby?');
  });

  it.each([
    ['refuses the question (a UserError)', new UserError(localized('noWords')), 'Nuk gjeta asnjë fjalë në mesazh. Ju lutem bëni një pyetje në shqip ose në anglisht.'],
    ['fails (an unexpected Error)', new Error('stream broke'), 'Më vjen keq, diçka shkoi keq nga ana ime. Ju lutem provoni përsëri.'],
  ])('deletes its preview reply when the answerer %s mid-stream, and replies with the error', async (_, error, text) => {
    const failing = fakeAnswerer(suite.ctx.answerer, {
      ask: async (_q, options) => {
        options?.onPartial?.('Kim Jong Un do të');
        await h.api.waitForRequest({ route: 'POST /channels/:channelId/messages' }); // the preview is shown
        throw error;
      },
    });
    const h = await suite.start({ answerer: failing });
    h.api.messageCreate({ content: `${BOT} Ku do të shkojë Kim?`, mentionBot: true });

    await vi.waitFor(() => expect(replies(h)).toHaveLength(2), { timeout: 5_000 }); // the preview, then the error

    const [preview, notice] = replies(h);
    expect(preview!.body).toMatchObject({ content: 'Kim Jong Un do të …' });
    expect(notice!.body).toMatchObject({ content: text });
    const deleted = h.api.requestsMatching({ route: 'DELETE /channels/:channelId/messages/:messageId' });
    expect(await statuses(deleted)).toEqual([204]);
    expect(deleted[0]!.at).toBeLessThanOrEqual(notice!.at);
  });

  it('shows a short help for a mention without a question, in Albanian when the message is Albanian', async () => {
    const h = await suite.start();
    h.api.messageCreate({ content: BOT, mentionBot: true });
    const english = await channelPost(h.api, DEFAULT_CHANNEL_ID);
    h.api.clearRequests();
    h.api.messageCreate({ content: `${BOT} ndihmë`, mentionBot: true });
    const albanian = await channelPost(h.api, DEFAULT_CHANNEL_ID);

    expect(english.body.embeds![0]!.description).toMatch(/^I answer questions about the news articles/);
    expect(albanian.body.embeds![0]!.description).toMatch(/^Përgjigjem për pyetje rreth artikujve/);
  });

  it('pings nobody and echoes no mention when the question contains @everyone, @here, a role and a user mention', async () => {
    const h = await suite.start();
    const question = `${BOT} @everyone @here <@&${DEFAULT_BOT_ROLE_ID}> <@1000000000000000300> Çfarë tha John Kirby?`;
    h.api.messageCreate({ content: question, mentionBot: true });
    const reply = await channelPost(h.api, DEFAULT_CHANNEL_ID);
    h.api.interactionCreate({ kind: 'command', name: 'ask', options: [{ name: 'question', type: 3, value: question }] });
    await answered(h, 2);

    expect(reply.body.embeds![0]!.title).toBe('Çfarë tha John Kirby?');
    expectNoPings(h.api);
  });
});

describe('stripBotMentions', () => {
  it('removes both mention forms of the bot and keeps everything else', () => {
    expect(stripBotMentions(`<@${DEFAULT_BOT_USER_ID}>  Ku?  <@!${DEFAULT_BOT_USER_ID}> <@123>`, DEFAULT_BOT_USER_ID)).toBe('Ku? <@123>');
  });

  it('removes a mention of the bot’s managed role when given, and no other role', () => {
    expect(stripBotMentions(`<@&${DEFAULT_BOT_ROLE_ID}> Ku? <@&123>`, DEFAULT_BOT_USER_ID, DEFAULT_BOT_ROLE_ID)).toBe('Ku? <@&123>');
  });
});
