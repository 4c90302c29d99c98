import { articleKey } from '../../src/article/catalog.js';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { GatewayCloseCodes, GatewayIntentBits, GatewayOpcodes, MessageFlags } from 'discord.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { DEFAULT_BOT_USER_ID, DEFAULT_CHANNEL_ID, DEFAULT_DM_CHANNEL_ID, startDiscordApi, type DiscordApi } from '../fixtures/discord-api.js';
import { REPO_ROOT, STACK_TRACE } from '../helpers/core.js';
import { childEnv, ensureBuilt, runNode } from '../helpers/dist.js';
import {
  answered,
  buttonIds,
  CALLBACK_ROUTE,
  callback,
  channelPost,
  embedText,
  fakeAnswerer,
  finalEdit,
  followUp,
  isCallbackOf,
  refuseGateway,
  slash,
  useBotSuite,
  type Harness,
} from './harness.js';

const suite = useBotSuite();

const logged = (harness: Harness, level: number, msg: string) =>
  harness.logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.level === level && entry.msg === msg);

describe('start-up', () => {
  it('logs in with the Guilds, GuildMessages, MessageContent and DirectMessages intents', async () => {
    const h = await suite.start();

    const identify = h.api.gatewayPayloads.find((frame) => frame.op === GatewayOpcodes.Identify);
    const { Guilds, GuildMessages, MessageContent, DirectMessages } = GatewayIntentBits;
    expect((identify?.d as { intents: number }).intents).toBe(Guilds | GuildMessages | MessageContent | DirectMessages);
    expect(logged(h, 30, 'Discord bot ready')).toHaveLength(1);
  });

  it.each([
    [GatewayCloseCodes.DisallowedIntents, 'Discord refused the gateway connection: turn on Message Content Intent in the Developer Portal (Bot page).'],
    [GatewayCloseCodes.InvalidIntents, 'Discord refused the gateway connection: the bot asked for intents Discord does not know (4013); update discord.js.'],
    [GatewayCloseCodes.AuthenticationFailed, 'Discord rejected DISCORD_TOKEN (gateway close 4004): copy the bot token again from the Developer Portal (Bot page).'],
  ])('fails to start with a one-line ConfigError when the gateway closes with %i instead of READY', async (code, message) => {
    const failed = await suite.start({ gatewayCloseCode: code }).catch((error: unknown) => error);

    expect(failed).toBeInstanceOf(ConfigError);
    expect((failed as ConfigError).message).toBe(message);
  });
});

describe('errors', () => {
  it('answers an unknown command privately with a pointer to /help', async () => {
    const h = await suite.start();
    const { id } = slash(h.api, 'weather', { city: 'Tirana' });

    const reply = await callback(h.api, id);

    expect(reply.body.data!.content).toBe('Unknown command “/weather”. Type /help to see what I can do.');
    expect(reply.body.data!.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('logs an unexpected failure with its context (no token), apologises privately, and keeps answering', async () => {
    const base = suite.ctx.answerer;
    let asked = 0;
    const failingOnce = fakeAnswerer(base, { ask: (q, o) => (++asked === 1 ? Promise.reject(new Error('engine exploded')) : base.ask(q, o)) });
    const h = await suite.start({ answerer: failingOnce });
    const { token } = slash(h.api, 'ask', { question: 'What did John Kirby say?' });

    const apology = await followUp(h.api, token);
    const again = slash(h.api, 'ask', { question: 'What did John Kirby say?' });
    const answer = await finalEdit(h.api, again.token);

    expect(apology.body.content).toBe('Sorry, something went wrong on my side. Please try again.');
    expect(apology.body.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const [entry] = logged(h, 50, 'failed to handle a Discord event');
    expect(entry).toMatchObject({ command: 'ask', userId: h.api.ids.userId, guildId: h.api.ids.guildId, channelId: DEFAULT_CHANNEL_ID });
    expect((entry!.err as { message: string }).message).toBe('engine exploded');
    expect(h.logs.join('\n')).not.toContain(h.api.token);
    expect(embedText(answer.body)).toContain('Kirby');
  });

  it.each([
    ['a button id the bot does not know', 'more-sources'],
    ['a source button from before article positions (it named the article by id)', 'source:en:1:3:2023-09-kim-jong-un-putin-vladivostok'],
    ['a source button naming the article by list position, as the bot once did', 'source:en:1:3:0'],
    ['a source id cut short', 'source:en:1:3:'],
    ['a source of an article that is gone (or a forged key)', 'source:en:1:3:0123456789'],
    ['a forged page of /articles', 'articles:en:-1'],
  ])('tells the user privately and politely to ask again for %s, without logging an error', async (_, customId) => {
    const h = await suite.start();
    const click = h.api.interactionCreate({ kind: 'button', customId });

    const reply = await callback(h.api, click.id);

    expect(reply.body.data!.content).toBe('This button is no longer valid. Please ask again.');
    expect(reply.body.data!.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(logged(h, 50, 'failed to handle a Discord event')).toEqual([]);
  });

  it('shows the paragraph for a source button naming the article by its key, and says which paragraphs exist for one that is gone', async () => {
    const h = await suite.start();
    const key = articleKey(suite.ctx.article.id);
    const shown = h.api.interactionCreate({ kind: 'button', customId: `source:en:1:3:${key}` });
    const gone = h.api.interactionCreate({ kind: 'button', customId: `source:en:1:99:${key}` });

    expect((await callback(h.api, shown.id)).body.data!.embeds![0]!.title).toBe('Paragraph 3/12');
    expect((await callback(h.api, gone.id)).body.data!.content).toBe('There is no paragraph 99. The article has paragraphs 1 to 12.');
  });

  it('shows the ¶ that holds a source button\'s quote now when a correction moved it, and says so; says when the quote is gone', async () => {
    const h = await suite.start();
    const key = articleKey(suite.ctx.article.id);
    const words = (n: number) => suite.ctx.article.paragraphs[n - 1]!.text.split(' ').slice(0, 10).join(' ');
    // The answer's message as Discord has it: the sources list each quote, escaped, an excerpt ending in "…".
    const answerMessage = (listed: string) => ({
      id: '1234567890123456789', channel_id: h.api.ids.channelId, author: { id: h.api.ids.botUserId, username: 'bot', discriminator: '0', avatar: null, bot: true },
      content: '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [],
      attachments: [], embeds: [{ description: `Answer [1]\n\n**Sources**\n[1] ¶3 — «${listed}»` }], components: [], pinned: false, flags: 0, type: 0,
    });
    const click = async (listed: string) => {
      const { id } = h.api.interactionCreate({ kind: 'button', customId: `source:en:1:3:${key}`, message: answerMessage(listed) });
      return (await callback(h.api, id)).body.data!;
    };

    const unchanged = await click(`${words(3)}…`);
    expect(unchanged.embeds![0]!.title).toBe('Paragraph 3/12');
    expect(unchanged.content ?? '').toBe('');

    const moved = await click(`${words(5)}…`);
    expect(moved.content).toBe('The article has been corrected since this answer: the quoted passage is now ¶5.');
    expect(moved.embeds![0]!.title).toBe('Paragraph 5/12');

    const gone = await click('Ky fjali nuk është \\*më\\* në artikull.');
    expect(gone.content).toBe('The article has been corrected since this answer, and the quoted passage is no longer in it. This is ¶3 as it reads now.');
    expect(gone.embeds![0]!.title).toBe('Paragraph 3/12');
  });

  it('survives Discord answering 500 to the callback: logs it, apologises, and answers the next interaction', async () => {
    const h = await suite.start();
    const first = slash(h.api, 'ask', { question: 'What did John Kirby say?' });
    // Fail the deferral and @discordjs/rest's three retries.
    h.api.failNext(isCallbackOf(first.id), { status: 500, times: 4 });

    const apology = await h.api.waitForRequest((r) => isCallbackOf(first.id)(r) && (r.body as { type: number }).type === 4);
    const second = slash(h.api, 'ask', { question: 'What did John Kirby say?' });
    await finalEdit(h.api, second.token);

    expect((apology.body as { data: { content: string } }).data.content).toBe('Sorry, something went wrong on my side. Please try again.');
    expect(logged(h, 50, 'failed to handle a Discord event')[0]).toMatchObject({ command: 'ask' });
    expect(logged(h, 40, 'Discord API error response').map((e) => e.status)).toEqual([500, 500, 500, 500]);
  });

  it('waits out a 429 on the callback, logs it, and still answers', async () => {
    const h = await suite.start();
    const { id, token } = slash(h.api, 'ask', { question: 'Çfarë tha John Kirby?' });
    h.api.failNext(isCallbackOf(id), { status: 429 });

    const edit = await finalEdit(h.api, token);

    expect(edit.body.embeds![0]!.description).toContain('Kirby');
    expect(h.api.requestsMatching(isCallbackOf(id)).map((r) => r.status)).toEqual([429, 204]);
    expect(logged(h, 40, 'Discord API error response')[0]).toMatchObject({ status: 429, route: '/interactions/:id/:token/callback' });
  });

  it('logs and drops an interaction Discord no longer knows (10062), even when the apology fails too', async () => {
    const h = await suite.start();
    const first = slash(h.api, 'paragraph', { number: 2 });
    h.api.failNext(isCallbackOf(first.id), { status: 404, body: { message: 'Unknown interaction', code: 10062 }, times: 2 });
    await vi.waitFor(() => expect(logged(h, 40, 'could not tell the user about the error')).toHaveLength(1));

    const second = slash(h.api, 'paragraph', { number: 3 });

    expect((await callback(h.api, second.id)).body.data!.embeds![0]!.title).toBe('Paragraph 3/12');
    expect(logged(h, 50, 'failed to handle a Discord event')[0]).toMatchObject({ command: 'paragraph' });
  });
});

describe('limits', () => {
  it('asks a user to wait when they ask again within COOLDOWN_SECONDS, without slowing other users', async () => {
    const h = await suite.start({ discord: { cooldownSeconds: 60 } });
    const first = slash(h.api, 'ask', { question: 'Çfarë tha John Kirby?' });
    await finalEdit(h.api, first.token);

    const again = slash(h.api, 'ask', { question: 'Who is Patricia Lewis?' });
    const other = slash(h.api, 'ask', { question: 'Kush është Patricia Lewis?' }, { user: { id: '1000000000000000777' } });

    const refusal = await callback(h.api, again.id);
    expect(refusal.body.data!.content).toMatch(/^Please wait (59|60) s before asking again\.$/);
    expect(refusal.body.data!.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    await finalEdit(h.api, other.token);
  });

  it('spends no cooldown on a refused question: emoji only, or too long', async () => {
    const h = await suite.start({ discord: { cooldownSeconds: 60 } });
    const emoji = slash(h.api, 'ask', { question: '😀 🙂' });
    expect((await followUp(h.api, emoji.token)).body.content).toBe('I could not find any words in that message. Please ask a question in Albanian or English.');
    const asked = slash(h.api, 'ask', { question: 'Çfarë tha John Kirby?' });
    expect(embedText((await finalEdit(h.api, asked.token)).body)).toContain('Kirby');

    const other = { id: '1000000000000000777' };
    h.api.messageCreate({ content: `<@${DEFAULT_BOT_USER_ID}> Why ${'really '.repeat(100)}?`, mentionBot: true, author: other });
    expect((await channelPost(h.api, DEFAULT_CHANNEL_ID)).body.content).toMatch(/^That question is too long/);
    h.api.messageCreate({ content: `<@${DEFAULT_BOT_USER_ID}> Çfarë tha John Kirby?`, mentionBot: true, author: other });
    await answered(h, 2);
  });

  it('says it is busy when MAX_CONCURRENT_ANSWERS answers are in progress, and answers again once they finish', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const base = suite.ctx.answerer;
    const slow = fakeAnswerer(base, { ask: async (q, o) => (await gate, base.ask(q, o)) });
    const h = await suite.start({ answerer: slow, discord: { maxConcurrentAnswers: 1 } });
    const first = slash(h.api, 'ask', { question: 'Çfarë tha John Kirby?' });
    await callback(h.api, first.id);

    const second = slash(h.api, 'ask', { question: 'Who is Patricia Lewis?' }, { user: { id: '1000000000000000777' } });
    const busy = await callback(h.api, second.id);
    release();
    await answered(h, 1);
    const third = slash(h.api, 'ask', { question: 'Kush është Patricia Lewis?' }, { user: { id: '1000000000000000777' } });

    expect(busy.body.data!.content).toBe('I am answering many questions right now. Please try again in 5 s.');
    expect(busy.body.data!.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    await finalEdit(h.api, third.token);
  });

  it('refuses commands privately and ignores mentions outside ALLOWED_CHANNEL_IDS, and answers in allowed channels, their threads and DMs', async () => {
    const elsewhere = '1000000000000000555';
    const h = await suite.start({ discord: { allowedChannelIds: [DEFAULT_CHANNEL_ID] }, logLevel: 'debug' });

    const refused = slash(h.api, 'ask', { question: 'What did John Kirby say?' }, { channelId: elsewhere });
    const refusal = await callback(h.api, refused.id);
    h.api.messageCreate({ content: `<@${h.api.ids.botUserId}> Çfarë tha John Kirby?`, mentionBot: true, channelId: elsewhere });
    const allowed = slash(h.api, 'ask', { question: 'Çfarë tha John Kirby?' });
    const thread = await h.api.waitForRequest({ route: 'POST /channels/:channelId/messages/:messageId/threads' });
    await answered(h, 1);
    h.api.messageCreate({ content: 'Kush është Patricia Lewis?', channelId: thread.path.split('/')[4]! });
    h.api.messageCreate({ content: 'Kush është Patricia Lewis?', dm: true });

    expect(refusal.body.data!.content).toBe('I only answer in the channels set up for me, and in direct messages.');
    expect(refusal.body.data!.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    await finalEdit(h.api, allowed.token);
    await channelPost(h.api, DEFAULT_DM_CHANNEL_ID);
    await answered(h, 3);
    // Gateway events are handled in order: the mention elsewhere was handled before the answers.
    expect(h.api.requests.filter((r) => r.path.startsWith(`/channels/${elsewhere}`))).toEqual([]);
    expect(logged(h, 20, 'ignored a message outside ALLOWED_CHANNEL_IDS')).toMatchObject([{ channelId: elsewhere, userId: h.api.ids.userId }]);
  });
});

describe('load', () => {
  it('answers all of 200 /ask interactions dispatched at once', async () => {
    const h = await suite.start({ discord: { cooldownSeconds: 0, maxConcurrentAnswers: 256 } });
    const questions = ['Çfarë tha John Kirby?', 'What did John Kirby say?', 'Kush është Patricia Lewis?', 'Me çfarë treni do të udhëtojë Kim?'];

    const sent = Array.from({ length: 200 }, (_, i) =>
      slash(h.api, 'ask', { question: questions[i % questions.length]! }, { user: { id: String(2000000000000000000n + BigInt(i)) } }),
    );
    const finals = await Promise.all(sent.map(({ token }) => finalEdit(h.api, token, 60_000)));

    expect(finals).toHaveLength(200);
    expect(finals.every((edit) => edit.body.embeds![0]!.description!.includes('¶'))).toBe(true);
    expect(h.api.requestsMatching({ route: CALLBACK_ROUTE }).every((r) => (r.body as { type: number }).type === 5)).toBe(true);
  }, 90_000);
});

describe('the compiled entry point (node dist/src/main.js)', () => {
  let api: DiscordApi;
  let dir: string;
  let closeGateway: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    await ensureBuilt();
    dir = join(suite.dir, 'child-index');
  }, 120_000);
  afterEach(async () => {
    await closeGateway?.();
    closeGateway = undefined;
    await api?.close();
  });

  /** Starts the bot in a child process against the fixture, with info logs; resolves once it is ready. */
  async function startChild() {
    const env = childEnv(dir, { DISCORD_TOKEN: api.token, DISCORD_API_BASE: api.restBase, LOG_LEVEL: 'info' });
    const child = spawn(process.execPath, ['dist/src/main.js'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = { stderr: '' };
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      await vi.waitFor(() => expect(output.stderr).toContain('"msg":"Discord bot ready"'), { timeout: 20_000, interval: 50 });
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
    return { child, output, exited };
  }

  it('exits 1 with one clear line, no stack trace, when Discord rejects the token', async () => {
    api = await startDiscordApi();

    const result = await runNode('dist/src/main.js', [], childEnv(dir, { DISCORD_TOKEN: 'not-the-token', DISCORD_API_BASE: api.restBase }));

    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Error: Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal (Bot page).\n');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('exits 1 with one clear line, instead of waiting forever, when Discord refuses the gateway for want of Message Content Intent (4014)', async () => {
    api = await startDiscordApi();
    closeGateway = await refuseGateway(api, GatewayCloseCodes.DisallowedIntents);

    const result = await runNode('dist/src/main.js', [], childEnv(dir, { DISCORD_TOKEN: api.token, DISCORD_API_BASE: api.restBase }));

    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Error: Discord refused the gateway connection: turn on Message Content Intent in the Developer Portal (Bot page).\n');
  });

  it('serves /ask and shuts down cleanly with exit code 0 on SIGTERM', async () => {
    api = await startDiscordApi();
    const { child, output, exited } = await startChild();
    try {
      const { token } = api.interactionCreate({ kind: 'command', name: 'ask', options: [{ name: 'question', type: 3, value: 'Çfarë tha John Kirby?' }] });
      const edit = await finalEdit(api, token);
      expect(edit.body.embeds![0]!.description).toContain('Kirby');

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output.stderr).toContain('"msg":"shutting down"');
      expect(api.connectedClients).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 30_000);

  it('keeps a reader’s vote across a restart of the process: after SIGTERM and a new start, the old answer’s 👎 changes the 👍', async () => {
    api = await startDiscordApi();
    /** Clicks a button; returns what the bot said (privately) in reply. */
    const click = async (customId: string) => (await callback(api, api.interactionCreate({ kind: 'button', customId }).id)).body.data?.content;
    const first = await startChild();
    let down: string;
    try {
      const { token } = api.interactionCreate({ kind: 'command', name: 'ask', options: [{ name: 'question', type: 3, value: 'What did John Kirby say?' }] });
      const up = buttonIds((await finalEdit(api, token)).body).find((id) => id.startsWith('vote:en:up:'))!;
      down = up.replace(':up:', ':down:');
      expect(await click(up)).toBe('Thanks for your feedback: 👍 recorded.');
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
    } finally {
      if (first.child.exitCode === null) first.child.kill('SIGKILL');
    }

    const second = await startChild();
    try {
      expect(await click(down)).toBe('Your vote on this answer is now 👎.');
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 60_000);

  it('logs and exits 1 when Discord closes the gateway for good after start-up', async () => {
    api = await startDiscordApi();
    const { child, output, exited } = await startChild();
    try {
      await api.close(); // closes the gateway with 4004, which discord.js does not recover from

      expect(await exited).toBe(1);
      const fatal = output.stderr.split('\n').find((line) => line.includes('"msg":"disconnected from the Discord gateway for good"'));
      expect(JSON.parse(fatal!)).toMatchObject({ level: 60, code: 4004 });
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 30_000);
});
