/**
 * `npm start` with DISCORD_SHARDS: discord.js's ShardingManager runs one process per shard of
 * the compiled bot against the fake gateway, which assigns servers to shards by
 * `(guild_id >> 22) % shard_count`. Interactions are answered on either shard, a killed shard
 * process is respawned and answers again, the manager serves one `/metrics` and `/healthz` for
 * all of them, and SIGTERM stops every shard gracefully with exit code 0.
 */
import { GatewayCloseCodes, PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_GUILD_ID, EVERYONE_PERMISSIONS, shardOf, startDiscordApi, type DiscordApi } from '../fixtures/discord-api.js';
import { callback, finalEdit, refuseGateway, slash } from '../discord/harness.js';
import { makeTempDir, removeDir } from '../helpers/core.js';
import { ensureBuilt } from '../helpers/dist.js';
import { get, guildOnShard, parseMetrics, value } from './helpers.js';
import { isAlive, startBotProcess, type BotProcess } from './process.js';

const QUESTION = 'Çfarë tha John Kirby?';
const ADMIN = EVERYONE_PERMISSIONS | PermissionFlagsBits.ManageGuild;
let dir: string;
let api: DiscordApi | undefined;
let bot: BotProcess | undefined;

beforeAll(async () => {
  await ensureBuilt();
  dir = makeTempDir('qa-sharding-');
}, 120_000);
afterEach(async () => {
  bot?.kill();
  await api?.close();
});
afterAll(() => removeDir(dir));

/** Asks in `guildId` and waits for the final answer. */
async function askIn(guildId: string): Promise<string> {
  const { token } = slash(api!, 'ask', { question: QUESTION }, { guildId });
  const edit = await finalEdit(api!, token, 15_000);
  return edit.body.embeds![0]!.description ?? '';
}

describe('DISCORD_SHARDS (ShardingManager)', () => {
  it('runs one process per shard, answers on both, respawns a killed shard, aggregates /metrics, and stops all on SIGTERM with exit 0', async () => {
    const other = guildOnShard(1 - shardOf(DEFAULT_GUILD_ID, 2), 2);
    const guildOf = (shard: number) => (shardOf(DEFAULT_GUILD_ID, 2) === shard ? DEFAULT_GUILD_ID : other);
    // "auto": the manager takes Discord's recommendation, here 2 shards; 16 identifies per 5 s start them quickly.
    api = await startDiscordApi({ extraGuildIds: [other], recommendedShards: 2, maxConcurrency: 16 });
    bot = startBotProcess(dir, { DISCORD_TOKEN: api.token, DISCORD_API_BASE: api.restBase, DISCORD_SHARDS: 'auto', METRICS_PORT: '0' });
    const { port } = await bot.waitForLog({ msg: 'health and metrics endpoint listening' });
    const base = `http://127.0.0.1:${String(port)}`;
    await bot.waitForLog({ msg: 'all shards ready' }, 60_000);

    expect(api.identifiedShards().sort()).toEqual([[0, 2], [1, 2]]);
    const pids = new Map(bot.logs.filter((l) => l.msg === 'shard process started').map((l) => [l.shard as number, l.pid as number]));
    expect(pids.size).toBe(2);
    expect(pids.get(0)).not.toBe(pids.get(1));
    expect(await askIn(guildOf(0))).toContain('Kirby');
    expect(await askIn(guildOf(1))).toContain('Kirby');
    expect(await get(base, '/healthz')).toMatchObject({ status: 200, body: 'ok\n' });
    // /status, answered by one shard process, shows every shard: it asks the others through the manager.
    const status = await callback(api, slash(api, 'status', {}, { guildId: guildOf(1), permissions: ADMIN }).id);
    expect(status.body.data!.embeds![0]!.description).toMatch(/\nGateway shard 0: 1 servers · ping (\d+ ms|—) · Ready\nGateway shard 1: 1 servers · ping (\d+ ms|—) · Ready$/);
    await vi.waitFor(async () => {
      const metrics = parseMetrics((await get(base, '/metrics')).body);
      expect(value(metrics, 'qabot_answers_total', { mode: 'extractive', outcome: 'answered' })).toBe(2);
      expect(value(metrics, 'qabot_gateway_ready', { shard: '0' })).toBe(1);
      expect(value(metrics, 'qabot_gateway_ready', { shard: '1' })).toBe(1);
      expect(value(metrics, 'qabot_shard_process_up')).toBe(2);
      // Each process loads the same index: it is counted once.
      expect(value(metrics, 'qabot_index_articles')).toBeGreaterThanOrEqual(1);
    }, { timeout: 5_000 });

    // A shard process that dies is respawned by the manager, identifies again and answers again.
    process.kill(pids.get(1)!, 'SIGKILL');
    await vi.waitFor(async () => expect(await get(base, '/healthz')).toMatchObject({ status: 503, body: expect.stringContaining('shard 1:') }), { timeout: 5_000, interval: 50 });
    await vi.waitFor(() => expect(bot!.logs.filter((l) => l.msg === 'shard process started' && l.shard === 1)).toHaveLength(2), { timeout: 15_000 });
    await vi.waitFor(async () => expect((await get(base, '/healthz')).status).toBe(200), { timeout: 30_000, interval: 100 });
    expect(api.identifiedShards().filter(([id]) => id === 1)).toHaveLength(2);
    expect(await askIn(guildOf(1))).toContain('Kirby');
    await vi.waitFor(async () => {
      const metrics = parseMetrics((await get(base, '/metrics')).body);
      expect(value(metrics, 'qabot_shard_restarts_total', { shard: '1' })).toBe(1);
      // Shard 0 kept its count; the respawned shard 1 counts from zero (Prometheus reads that as a counter reset).
      expect(value(metrics, 'qabot_answers_total', { outcome: 'answered' })).toBe(2);
    }, { timeout: 5_000 });

    const live = bot.logs.filter((l) => l.msg === 'shard process started').map((l) => l.pid as number).filter(isAlive);
    expect(live).toHaveLength(2);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    await vi.waitFor(() => expect(live.filter(isAlive)).toEqual([]));
    expect(bot.logs.filter((l) => l.msg === 'shutting down').length).toBe(2);
    expect(api.connectedClients).toBe(0);
  }, 120_000);

  it('leaves no orphan: a shard process whose manager was killed shuts down by itself', async () => {
    api = await startDiscordApi();
    bot = startBotProcess(dir, { DISCORD_TOKEN: api.token, DISCORD_API_BASE: api.restBase, DISCORD_SHARDS: '1' });
    await bot.waitForLog({ msg: 'all shards ready' }, 60_000);
    const shard = (await bot.waitForLog({ msg: 'shard process started' })).pid as number;

    bot.child.kill('SIGKILL');

    await vi.waitFor(() => expect(isAlive(shard)).toBe(false), { timeout: 15_000, interval: 100 });
    expect(bot.logs.find((l) => l.msg === 'shutting down')).toMatchObject({ reason: 'the shard manager is gone' });
    await vi.waitFor(() => expect(api!.connectedClients).toBe(0));
  }, 60_000);

  it('exits 1 with one clear line, before starting any shard, when Discord rejects the token', async () => {
    api = await startDiscordApi();
    bot = startBotProcess(dir, { DISCORD_TOKEN: 'not-the-token', DISCORD_API_BASE: api.restBase, DISCORD_SHARDS: '2' });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toBe('Error: Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal (Bot page).\n');
  }, 30_000);

  it('exits 1, naming the shard\'s own reason, when a shard cannot start (Discord refuses its gateway session)', async () => {
    api = await startDiscordApi();
    const closeGateway = await refuseGateway(api, GatewayCloseCodes.DisallowedIntents);
    try {
      bot = startBotProcess(dir, { DISCORD_TOKEN: api.token, DISCORD_API_BASE: api.restBase, DISCORD_SHARDS: '1', LOG_LEVEL: 'silent' });
      expect(await bot.exited).toBe(1);
      expect(bot.stderr().split('\n')).toEqual([
        'Error: Discord refused the gateway connection: turn on Message Content Intent in the Developer Portal (Bot page).',
        'Error: Shard 0 stopped before it was ready; the line above says why.',
        '',
      ]);
    } finally {
      await closeGateway();
    }
  }, 60_000);
});
