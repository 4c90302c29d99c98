/**
 * Refusals that cannot be used to make the bot spam: "wait" and "busy" are private for commands
 * and buttons, and a ⏳ reaction (or at most one reply per user per window) for mentions and DMs.
 * Through the real discord.js client against the loopback Discord API fixture.
 */
import { MessageFlags } from 'discord.js';
import { describe, expect, it, vi } from 'vitest';
import { WAIT_REACTION } from '../../src/discord/messages.js';
import { encodeButton } from '../../src/discord/custom-ids.js';
import { DEFAULT_BOT_USER_ID, DEFAULT_CHANNEL_ID, DEFAULT_DM_CHANNEL_ID } from '../fixtures/discord-api.js';
import { answered, callback, fakeAnswerer, finalEdit, slash, useBotSuite, type Harness } from './harness.js';

const suite = useBotSuite();

const BOT = `<@${DEFAULT_BOT_USER_ID}>`;
const REACTION_ROUTE = 'PUT /channels/:channelId/messages/:messageId/reactions/:emoji/@me' as const;
const POSTS = { route: 'POST /channels/:channelId/messages' } as const;

const reactions = (h: Harness) => h.api.requestsMatching({ route: REACTION_ROUTE });
const posts = (h: Harness) => h.api.requestsMatching<{ content?: string; embeds?: unknown[] }>(POSTS);

/** Sends `count` mentions (or DMs) with a question from the default user, as fast as the gateway takes them. */
function burst(h: Harness, count: number, dm = false): void {
  for (let i = 0; i < count; i++) h.api.messageCreate(dm ? { content: 'Çfarë tha John Kirby?', dm: true } : { content: `${BOT} Çfarë tha John Kirby?`, mentionBot: true });
}

describe('refusals of mentions and DMs', () => {
  it('answers the first of 20 quick mentions from one user and reacts ⏳ to the other 19, posting nothing else', async () => {
    const h = await suite.start({ discord: { cooldownSeconds: 60 } });

    burst(h, 20);
    await answered(h, 1);
    await vi.waitFor(() => expect(reactions(h)).toHaveLength(19), { timeout: 10_000 });

    expect(posts(h)).toHaveLength(1);
    expect(posts(h)[0]!.body.embeds).toHaveLength(1);
    expect(reactions(h).every((r) => decodeURIComponent(r.path.split('/')[6]!) === WAIT_REACTION)).toBe(true);
  });

  it('reacts ⏳ in a DM too', async () => {
    const h = await suite.start({ discord: { cooldownSeconds: 60 } });

    burst(h, 3, true);
    await answered(h, 1);
    await vi.waitFor(() => expect(reactions(h)).toHaveLength(2));

    expect(posts(h).map((r) => r.path)).toEqual([`/channels/${DEFAULT_DM_CHANNEL_ID}/messages`]);
  });

  it('replies with the wait notice at most once per cooldown window where it may not react', async () => {
    const h = await suite.start({ discord: { cooldownSeconds: 60 }, logLevel: 'debug' });
    h.api.failNext({ route: REACTION_ROUTE }, { status: 403, body: { message: 'Missing Permissions', code: 50013 }, times: Infinity });

    burst(h, 20);
    await answered(h, 1);
    await vi.waitFor(() => expect(h.logs.filter((l) => l.includes('the user was told once in this window'))).toHaveLength(18), { timeout: 10_000 });

    const [answer, notice, ...rest] = posts(h);
    expect(rest).toEqual([]);
    expect(answer!.body.embeds).toHaveLength(1);
    expect(notice!.body.content).toMatch(/^Ju lutem prisni (59|60) s para se të pyesni përsëri\.$/);
    expect(h.api.requestsMatching({ route: REACTION_ROUTE })).toHaveLength(19);
  });

  it.each([
    ['a question with no words', `${BOT} 😀`, /^I could not find any words in that message/],
    ['a request for help', BOT, /^$/],
  ])('replies to %s once per cooldown window and reacts ⏳ to its repeats', async (_, content, reply) => {
    const h = await suite.start({ discord: { cooldownSeconds: 60 } });

    for (let i = 0; i < 5; i++) h.api.messageCreate({ content, mentionBot: true });
    await vi.waitFor(() => expect(reactions(h)).toHaveLength(4));

    expect(posts(h)).toHaveLength(1);
    expect(posts(h)[0]!.body.content ?? '').toMatch(reply);
  });

  it('reacts ⏳ instead of posting "busy" when MAX_CONCURRENT_ANSWERS answers are in progress', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const base = suite.ctx.answerer;
    const slow = fakeAnswerer(base, { ask: async (q, o) => (await gate, base.ask(q, o)) });
    const h = await suite.start({ answerer: slow, discord: { maxConcurrentAnswers: 1 } });

    h.api.messageCreate({ content: `${BOT} Çfarë tha John Kirby?`, mentionBot: true });
    h.api.messageCreate({ content: `${BOT} Kush është Patricia Lewis?`, mentionBot: true, author: { id: '1000000000000000777', username: 'other' } });
    await vi.waitFor(() => expect(reactions(h)).toHaveLength(1));
    release();
    await answered(h, 1);

    expect(posts(h)).toHaveLength(1);
    expect(reactions(h)[0]!.path).toContain(`/channels/${DEFAULT_CHANNEL_ID}/`);
  });
});

describe('refusals of commands and buttons', () => {
  it('tells a user privately to wait when a suggestion button asks again within the cooldown', async () => {
    const h = await suite.start({ discord: { cooldownSeconds: 60 } });
    const first = slash(h.api, 'ask', { question: 'Çfarë tha John Kirby?' });
    await finalEdit(h.api, first.token);

    const click = h.api.interactionCreate({ kind: 'button', customId: encodeButton({ kind: 'ask', language: 'en', question: 'Who is Patricia Lewis?' }) });
    const refusal = await callback(h.api, click.id);

    expect(refusal.body.type).toBe(4);
    expect(refusal.body.data!.content).toMatch(/^Please wait (59|60) s before asking again\.$/);
    expect(refusal.body.data!.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(posts(h)).toEqual([]);
  });
});
