import { Status, type Client } from 'discord.js';

/** How one gateway shard is doing, for `/status` and `/healthz`. */
export interface ShardStatus {
  id: number;
  /** Servers this shard serves. */
  guilds: number;
  /** Last heartbeat round trip in ms; undefined until the first one. */
  ping?: number;
  /** discord.js's name for the connection state: `Ready`, `Connecting`, `Resuming`, `Identifying`… */
  status: string;
  ready: boolean;
}

/** A shard as {@link readShards} reads it: numbers only, so it can travel between processes. */
export interface RawShard {
  id: number;
  guilds: number;
  ping: number;
  status: number;
}

/**
 * The shards `c` connects in its process. Self-contained (no imports, no closures): the sharding
 * manager runs this very function in every shard process through `broadcastEval`.
 */
export const readShards = (c: Client): RawShard[] =>
  [...c.ws.shards.values()].map((s) => ({ id: s.id, guilds: c.guilds.cache.filter((g) => g.shardId === s.id).size, ping: s.ping, status: s.status }));

/** A shard's status in words, for people. */
export function describeShards(shards: readonly RawShard[]): ShardStatus[] {
  return shards
    .map((shard) => ({
      id: shard.id,
      guilds: shard.guilds,
      ping: shard.ping >= 0 ? shard.ping : undefined,
      status: Status[shard.status] ?? String(shard.status),
      ready: shard.status === Status.Ready,
    }))
    .sort((a, b) => a.id - b.id);
}

/** The shards `client` connects in this process, in id order. */
export function localShards(client: Client): ShardStatus[] {
  return describeShards(readShards(client));
}

/**
 * The gateway shards of the whole bot, for `/status`: under a manager, every shard process is
 * asked (through `broadcastEval`); otherwise this process's shards. When a shard process is down
 * or respawning, only this process's shards are shown.
 */
export async function shardStatuses(client: Client): Promise<ShardStatus[]> {
  if (!client.shard) return localShards(client);
  try {
    return describeShards((await client.shard.broadcastEval(readShards)).flat());
  } catch {
    return localShards(client);
  }
}
