/**
 * Reader feedback end to end, through the real discord.js client against the loopback API:
 * 👍/👎 under answers, votes confirmed privately and changed by a later click, kept across a
 * restart of the bot, shown by /stats to admins, and exported by `npm run feedback` while the
 * bot runs; and what happens with a forged button, a locked or read-only database.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/answer/answerer.js';
import { startBot, type RunningBot } from '../../src/discord/bot.js';
import { EVERYONE_PERMISSIONS, type DiscordApi, type JsonObject } from '../fixtures/discord-api.js';
import { makeTempDir, removeDir, SEED_ID } from '../helpers/core.js';
import { childEnv, ensureBuilt, runNode } from '../helpers/dist.js';
import { lockDatabase, makeReadOnly } from '../feedback/helpers.js';
import { answered, callback, channelPost, embedText, expectWithinLimits, fakeAnswerer, finalEdit, slash, useBotSuite, type Harness, type MessageJson } from './harness.js';

const suite = useBotSuite();
const VOTER = { id: '1000000000000000310', username: 'voter' };
const ADMIN = { id: '1000000000000000320', username: 'admin', discriminator: '0', global_name: null, avatar: null };

let dirs: string[] = [];
let bots: RunningBot[] = [];

/** A DATA_DIR that outlives a harness (for restarts), removed after the test. */
function dataDir(): string {
  const dir = makeTempDir('qa-data-');
  dirs.push(dir);
  return dir;
}

/** Stops the harness's bot and starts a new one on the same Discord and the same DATA_DIR: a restart. */
async function restart(h: Harness): Promise<RunningBot> {
  await h.bot.stop();
  const bot = await startBot(h.ctx);
  bots.push(bot);
  return bot;
}

afterEach(async () => {
  for (const bot of bots) await bot.stop();
  bots = [];
  for (const dir of dirs) removeDir(dir);
  dirs = [];
});

type ButtonJson = { custom_id: string; label?: string; emoji?: { name: string } };
const buttonsOf = (message: MessageJson) => (message.components ?? []).flatMap((row) => row.components as ButtonJson[]);

/** Asks with /ask and returns the final answer message and its 👍 and 👎 custom ids. */
async function ask(h: Harness, question: string): Promise<{ message: MessageJson; up: string; down: string }> {
  const { token } = slash(h.api, 'ask', { question });
  const { body } = await finalEdit(h.api, token);
  const byEmoji = (emoji: string) => buttonsOf(body).find((b) => b.emoji?.name === emoji)?.custom_id;
  return { message: body, up: byEmoji('👍')!, down: byEmoji('👎')! };
}

/** Clicks a button as `user`; returns the bot's reply to the click. */
async function click(api: DiscordApi, customId: string, user: Partial<typeof ADMIN> = VOTER): Promise<{ content: string; ephemeral: boolean }> {
  const { id } = api.interactionCreate({ kind: 'button', customId, user });
  const { body } = await callback(api, id);
  return { content: body.data?.content ?? '', ephemeral: ((body.data?.flags ?? 0) & MessageFlags.Ephemeral) !== 0 };
}

/** What Discord sends for a member with the given permissions (the fixture's members have @everyone's). */
function memberWith(permissions: bigint): JsonObject {
  return { member: { user: ADMIN, roles: [], nick: null, avatar: null, joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: permissions.toString() } };
}

/** Runs /stats as `raw` says (admin, member, DM); returns the reply. */
async function stats(api: DiscordApi, spec: { raw?: JsonObject; guildId?: null; user?: typeof ADMIN } = { raw: memberWith(EVERYONE_PERMISSIONS | PermissionFlagsBits.ManageGuild), user: ADMIN }) {
  const { id } = slash(api, 'stats', {}, spec);
  return (await callback(api, id)).body.data!;
}

const unavailableLogs = (h: Harness) => h.logs.filter((line) => line.includes('bot database unavailable'));

beforeAll(ensureBuilt);

describe('reader feedback', () => {
  it('puts 👍 and 👎 under every answer, as button emoji, within Discord limits', async () => {
    const h = await suite.start();
    const { message, up, down } = await ask(h, 'Çfarë tha John Kirby?');

    expectWithinLimits(message);
    const votes = buttonsOf(message).filter((b) => b.emoji);
    expect(votes.map((b) => [b.emoji!.name, b.label])).toEqual([['👍', undefined], ['👎', undefined]]);
    expect(up).toMatch(/^vote:sq:up:[\w-]{12}$/);
    expect(down).toBe(up.replace(':up:', ':down:'));
    // Not found is an answer too.
    expect((await ask(h, 'What is the price of bread in Tirana?')).up).toMatch(/^vote:en:up:/);
  });

  it('records a vote, changes it on a later click, survives a restart, and exports it while the bot runs', async () => {
    const h = await suite.start({ dataDir: dataDir() });
    const first = await ask(h, 'What did John Kirby say?');
    await answered(h, 1);

    expect(await click(h.api, first.up)).toEqual({ content: 'Thanks for your feedback: 👍 recorded.', ephemeral: true });
    expect(await click(h.api, first.down)).toEqual({ content: 'Your vote on this answer is now 👎.', ephemeral: true });
    expect(await click(h.api, first.down)).toEqual({ content: 'You have already voted 👎 on this answer.', ephemeral: true });
    expect((await click(h.api, first.up, ADMIN)).content).toContain('recorded');

    await restart(h);
    // The answer from before the restart still takes votes, and the earlier vote is still there to change.
    expect((await click(h.api, first.down)).content).toBe('You have already voted 👎 on this answer.');
    expect((await click(h.api, first.up)).content).toBe('Your vote on this answer is now 👍.');

    // A new process reads the votes while the bot holds the database open (WAL).
    const env = childEnv(h.ctx.config.dataDir, { DATA_DIR: h.ctx.config.dataDir });
    const json = await runNode('dist/src/cli/feedback.js', ['--json'], env);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const votes = json.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(votes).toHaveLength(2);
    for (const vote of votes) {
      expect(Object.keys(vote)).toEqual(['question', 'vote', 'article', 'paragraphs', 'mode', 'at']);
      expect(vote).toMatchObject({ question: 'What did John Kirby say?', vote: 'up', article: SEED_ID, mode: 'extractive' });
      expect((vote.paragraphs as number[]).length).toBeGreaterThan(0);
      expect(Date.parse(vote.at as string)).not.toBeNaN();
    }
    const citedInAnswer = [...embedText(first.message).matchAll(/¶(\d+)/g)].map((m) => Number(m[1]));
    expect(votes[0]!.paragraphs).toEqual(citedInAnswer);

    const table = await runNode('dist/src/cli/feedback.js', [], env);
    expect(table.stdout).toMatch(/^at \(UTC\) +vote +mode +article +¶ +question\n/);
    expect(table.stdout).toContain('What did John Kirby say?');
    expect(table.stdout).toContain('2 votes: 2 up, 0 down.');
    expect(JSON.stringify([json, table])).not.toContain(VOTER.id);
  });

  it('keeps a thread’s conversation across a restart: the follow-up is answered with the earlier turn as history', async () => {
    const histories: (readonly Turn[])[] = [];
    const base = suite.ctx.answerer;
    const answerer = fakeAnswerer(base, { ask: (question, options) => (histories.push(options?.history ?? []), base.ask(question, options)) });
    const h = await suite.start({ dataDir: dataDir(), answerer });
    slash(h.api, 'ask', { question: 'Çfarë tha John Kirby?' });
    const created = await h.api.waitForRequest({ route: 'POST /channels/:channelId/messages/:messageId/threads' });
    const threadId = created.path.split('/')[4]!;
    await answered(h, 1);

    await restart(h);
    h.api.messageCreate({ content: 'Po Patricia Lewis çfarë tha?', channelId: threadId });
    await channelPost(h.api, threadId);

    expect(histories).toHaveLength(2);
    expect(histories[1]).toEqual([{ question: 'Çfarë tha John Kirby?', answer: expect.stringContaining('Kirby') }]);
  });

  it('refuses a forged or stale vote button privately, without an error in the log', async () => {
    const h = await suite.start();
    const unknown = await click(h.api, 'vote:en:up:AAAAAAAAAAAA');
    expect(unknown).toEqual({ content: 'I no longer have this answer on record, so your vote was not counted. Please ask again.', ephemeral: true });
    for (const forged of ['vote:en:sideways:AAAAAAAAAAAA', 'vote:en:up:short', 'vote:en:up:AAAAAAAAAAAA:extra', 'vote:xx:up:AAAAAAAAAAAA']) {
      expect(await click(h.api, forged)).toEqual({ content: 'This button is no longer valid. Please ask again.', ephemeral: true });
    }
    expect(h.logs.filter((line) => line.includes('"level":50'))).toEqual([]);
  });

  it('with the database locked by another process: answers still come, a vote is refused privately, one line is logged; the vote counts once it is released', async () => {
    const h = await suite.start({ dataDir: dataDir() });
    await ask(h, 'What did John Kirby say?');
    const release = lockDatabase(h.ctx.config.dataDir);
    let during: Awaited<ReturnType<typeof ask>>;
    try {
      during = await ask(h, 'Who is Patricia Lewis?');
      expect(embedText(during.message)).toContain('Patricia Lewis');
      for (let i = 0; i < 2; i++) {
        expect(await click(h.api, during.down)).toEqual({
          content: 'Sorry, I cannot save feedback right now, so your vote was not counted. The answer itself is fine; please vote again later.',
          ephemeral: true,
        });
      }
    } finally {
      release();
    }
    await answered(h, 2);
    expect(unavailableLogs(h)).toHaveLength(1);
    expect((await click(h.api, during.down)).content).toBe('Thanks for your feedback: 👎 recorded.');
    expect(embedText(await stats(h.api))).toContain('👍 0 · 👎 1');
  });

  it('with the database file read-only: the bot starts and answers, votes are refused privately, /stats still reads, one line is logged', async () => {
    const dir = dataDir();
    const before = await suite.start({ dataDir: dir });
    const old = await ask(before, 'What did John Kirby say?');
    expect((await click(before.api, old.up)).content).toContain('recorded');
    await before.close();

    const undo = makeReadOnly(dir);
    try {
      const h = await suite.start({ dataDir: dir });
      const fresh = await ask(h, 'Who is Patricia Lewis?');
      expect(embedText(fresh.message)).toContain('Patricia Lewis');
      expect((await click(h.api, old.down)).content).toContain('cannot save feedback right now');
      expect((await click(h.api, fresh.up)).content).toContain('cannot save feedback right now');
      expect(embedText(await stats(h.api))).toContain('👍 1 · 👎 0');
      await answered(h, 1);
      expect(unavailableLogs(h)).toHaveLength(1);
      await h.close();
    } finally {
      undo();
    }
  });
  it('with DATA_DIR unusable: the bot starts and answers, votes and /stats say the feedback cannot be saved or read, one line is logged', async () => {
    const blocked = join(dataDir(), 'a-file');
    writeFileSync(blocked, 'not a folder');
    const h = await suite.start({ dataDir: blocked });
    const answer = await ask(h, 'Who is Patricia Lewis?');
    expect(embedText(answer.message)).toContain('Patricia Lewis');
    expect((await click(h.api, answer.up)).content).toContain('cannot save feedback right now');
    expect(await stats(h.api)).toMatchObject({
      content: 'The feedback database cannot be read right now; the log says why. Please try again later.',
      flags: MessageFlags.Ephemeral,
    });
    expect(unavailableLogs(h)).toHaveLength(1);
  });
});

describe('/stats', () => {
  it('shows admins the totals and the most down-voted questions, privately', async () => {
    const h = await suite.start();
    const liked = await ask(h, 'Çfarë tha John Kirby?');
    const disliked = await ask(h, 'Kush është Patricia Lewis?');
    await click(h.api, liked.up);
    await click(h.api, disliked.down);
    await click(h.api, disliked.down, ADMIN);

    const reply = await stats(h.api);
    expect(reply.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const text = `${embedText(reply)}\n${JSON.stringify(reply.embeds![0]!.fields)}`;
    expect(text).toContain('Answers on record: 2');
    expect(text).toContain('👍 1 · 👎 2 (33% helpful)');
    expect(text).toContain('Most down-voted questions');
    expect(text).toContain(`1. «Kush është Patricia Lewis?» — 👎 2 · 👍 0 · ${suite.ctx.article.title}`);
    expect(text).not.toContain('John Kirby');
  });

  it('refuses members without Manage Server, and DMs, even though Discord hides it from them', async () => {
    const h = await suite.start();
    const refusal = 'Only server admins (Manage Server permission) can use this command.';
    const member = await stats(h.api, { raw: memberWith(EVERYONE_PERMISSIONS), user: ADMIN });
    expect(member).toMatchObject({ content: refusal, flags: MessageFlags.Ephemeral });
    const dm = await stats(h.api, { guildId: null });
    expect(dm).toMatchObject({ content: refusal, flags: MessageFlags.Ephemeral });
  });
});
