/**
 * Gateway sharding in one process (DISCORD_SHARD_IDS / DISCORD_SHARD_COUNT) with the real
 * discord.js client against the fixture's gateway, which sends each server's events only to
 * the shard `(guild_id >> 22) % shard_count`.
 */
import { Events, PermissionFlagsBits, type GatewayDispatchPayload } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { respawnDelay } from '../../src/ops/sharding.js';
import { statusText, type StatusInfo } from '../../src/discord/status.js';
import { shardStatuses, type ShardStatus } from '../../src/ops/shards.js';
import { DEFAULT_GUILD_ID, EVERYONE_PERMISSIONS, shardOf } from '../fixtures/discord-api.js';
import { answered, buttonIds, callback, channelPost, finalEdit, slash, statuses, useBotSuite } from '../discord/harness.js';
import { get, guildOnShard, parseMetrics, startWithOps, value } from './helpers.js';

const suite = useBotSuite();
const QUESTION = 'Çfarë tha John Kirby?';
/** The fixture's default server and one on the other shard of two. */
const GUILDS = [DEFAULT_GUILD_ID, guildOnShard(1 - shardOf(DEFAULT_GUILD_ID, 2), 2)];

describe('sharding in one process', () => {
  it('identifies shards [0,2] and [1,2], answers in servers on either, counts the answers and reports both shards for /status', async () => {
    const { h, base } = await startWithOps(suite, {
      api: { extraGuildIds: [GUILDS[1]!], maxConcurrency: 2 },
      ops: { sharding: { mode: 'in-process', count: 2, ids: [0, 1] } },
    });
    expect(h.api.identifiedShards().sort()).toEqual([[0, 2], [1, 2]]);

    // Which shard each interaction arrived on, as discord.js saw it.
    const arrivedOn = new Map<string, number>();
    h.bot.client.on(Events.Raw, (packet: GatewayDispatchPayload, shard: number) => {
      if (packet.t === 'INTERACTION_CREATE') arrivedOn.set(packet.d.id, shard);
    });
    for (const guildId of GUILDS) {
      const { id, token } = slash(h.api, 'ask', { question: QUESTION }, { guildId });
      const edit = await finalEdit(h.api, token);
      expect(edit.body.embeds![0]!.description).toContain('Kirby');
      expect(arrivedOn.get(id)).toBe(shardOf(guildId, 2));
    }
    expect(new Set(arrivedOn.values())).toEqual(new Set([0, 1]));
    await answered(h, 2);

    const metrics = parseMetrics((await get(base, '/metrics')).body);
    expect(value(metrics, 'qabot_answers_total', { mode: 'extractive', outcome: 'answered' })).toBe(2);
    expect(value(metrics, 'qabot_gateway_ready', { shard: '0' })).toBe(1);
    expect(value(metrics, 'qabot_gateway_ready', { shard: '1' })).toBe(1);

    // /status shows both shards to an admin.
    const status = await callback(h.api, slash(h.api, 'status', {}, { permissions: EVERYONE_PERMISSIONS | PermissionFlagsBits.ManageGuild }).id);
    const text = status.body.data!.embeds![0]!.description!;
    expect(text).toMatch(/Gateway shard 0: 1 servers · ping (\d+ ms|—) · Ready\nGateway shard 1: 1 servers · ping (\d+ ms|—) · Ready$/);

    const shards = await shardStatuses(h.bot.client);
    expect(shards.map(({ id, guilds, ready, status }) => ({ id, guilds, ready, status }))).toEqual([
      { id: 0, guilds: 1, ready: true, status: 'Ready' },
      { id: 1, guilds: 1, ready: true, status: 'Ready' },
    ]);
  });

  it('keeps threads, buttons and DMs working on either shard: follow-ups in a thread of the second shard\'s server, a source button there, a DM on shard 0', async () => {
    const { h } = await startWithOps(suite, {
      api: { extraGuildIds: [GUILDS[1]!], maxConcurrency: 2 },
      ops: { sharding: { mode: 'in-process', count: 2, ids: [0, 1] } },
    });
    const guildId = GUILDS[1]!;
    const asked = slash(h.api, 'ask', { question: QUESTION }, { guildId });
    const edit = await finalEdit(h.api, asked.token);
    const thread = await h.api.waitForRequest({ route: 'POST /channels/:channelId/messages/:messageId/threads' });
    expect(thread.path.startsWith(`/channels/${h.api.channelIdOf(guildId)}/`)).toBe(true);
    const threadId = thread.path.split('/')[4]!;
    await answered(h, 1);

    h.api.messageCreate({ content: 'Po Patricia Lewis çfarë tha?', channelId: threadId });
    expect(embedsOf(await channelPost(h.api, threadId))).toContain('Lewis');

    const source = buttonIds(edit.body).find((id) => id.startsWith('source:'))!;
    const click = h.api.interactionCreate({ kind: 'button', customId: source, guildId });
    const shown = await callback(h.api, click.id);
    expect(await statuses([shown])).toEqual([200]);
    expect(JSON.stringify(shown.body)).toContain('John Kirby');

    h.api.messageCreate({ content: QUESTION, dm: true });
    expect(embedsOf(await channelPost(h.api, h.api.ids.dmChannelId))).toContain('Kirby');
  });

  it('connects only DISCORD_SHARD_IDS of DISCORD_SHARD_COUNT: the servers of other shards are left to other processes', async () => {
    const mine = shardOf(GUILDS[1]!, 2);
    const { h } = await startWithOps(suite, {
      api: { extraGuildIds: [GUILDS[1]!] },
      ops: { sharding: { mode: 'in-process', count: 2, ids: [mine] } },
    });
    expect(h.api.identifiedShards()).toEqual([[mine, 2]]);
    expect(h.bot.client.guilds.cache.map((guild) => guild.id)).toEqual([GUILDS[1]]);

    // An interaction in the other shard's server never reaches this process.
    const elsewhere = slash(h.api, 'ask', { question: QUESTION }, { guildId: GUILDS[0] });
    const here = slash(h.api, 'ask', { question: QUESTION }, { guildId: GUILDS[1] });
    await finalEdit(h.api, here.token);
    await answered(h, 1);
    expect(h.api.requests.some((r) => r.path.includes(elsewhere.token))).toBe(false);
  });
});

/** The embed text of a message the bot posted. */
function embedsOf(request: { body: unknown }): string {
  return JSON.stringify((request.body as { embeds?: unknown[] }).embeds ?? []);
}

describe('respawning a shard process that died', () => {
  it('is at once after a stable run, and backs off 1 s, 2 s, 4 s … up to a minute while it keeps dying early', () => {
    expect(respawnDelay(5 * 60_000, 3)).toEqual({ streak: 0, delay: 0 });
    const delays: number[] = [];
    let streak = 0;
    for (let i = 0; i < 9; i++) ({ streak, delay: delays[i] } = respawnDelay(2_000, streak));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });
});

describe('/status shard lines', () => {
  const info = (shards: ShardStatus[]): StatusInfo => ({
    articles: 1, paragraphs: 12, passages: 12, deleted: 0, bytes: 2048, builtAt: '2026-11-30T12:00:00Z', buildMs: 40, embedder: 'local',
    dimensions: 4096, mode: 'extractive', uptimeMs: 60_000, pingMs: 40, answersServed: 3, shards,
  });
  const shard = (id: number, ready = true): ShardStatus => ({ id, guilds: 2, ping: ready ? 41.6 : undefined, status: ready ? 'Ready' : 'Resuming', ready });

  it('lists each shard with its servers, ping and state', () => {
    const text = statusText(info([shard(0), shard(1, false)]), 'en');
    expect(text.split('\n').slice(-2)).toEqual(['Gateway shard 0: 2 servers · ping 42 ms · Ready', 'Gateway shard 1: 2 servers · ping — · Resuming']);
    expect(statusText(info([shard(0)]), 'sq')).toContain('Shard-i 0 i gateway-t: 2 serverë · ping 42 ms · Ready');
  });

  it('summarises a bot with many shards, listing only those that are not ready', () => {
    const shards = Array.from({ length: 40 }, (_, id) => shard(id, id !== 7 && id !== 30));
    const lines = statusText(info(shards), 'en').split('\n');
    expect(lines.slice(-3)).toEqual([
      'Gateway shards: 38 of 40 ready · 80 servers',
      'Gateway shard 7: 2 servers · ping — · Resuming',
      'Gateway shard 30: 2 servers · ping — · Resuming',
    ]);
  });
});
