import { Status, type Client } from 'discord.js';

/** What `/healthz` answers: ready to serve, or why not. */
export interface HealthReport {
  ok: boolean;
  /** Why the bot cannot serve now (set when `ok` is false). */
  reason?: string;
}

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
 * The readiness of one bot process: the index is loaded, the Discord client has logged in, and
 * every gateway shard it connects is ready (a shard that lost its connection is not, until
 * discord.js has resumed or identified again). While shutting down it is not ready either, so
 * that a load balancer or orchestrator stops counting on it.
 */
export class Health {
  private indexLoaded = false;
  private client?: Client;
  private stopping = false;

  /** The index is loaded: questions can be answered. */
  indexReady(): void {
    this.indexLoaded = true;
  }

  /** The Discord client whose gateway shards are checked. */
  watchGateway(client: Client): void {
    this.client = client;
  }

  /** The process stopped taking new work. */
  shuttingDown(): void {
    this.stopping = true;
  }

  check(): HealthReport {
    if (this.stopping) return { ok: false, reason: 'shutting down' };
    if (!this.indexLoaded) return { ok: false, reason: 'index not loaded yet' };
    const shards = this.client ? localShards(this.client) : [];
    if (shards.length === 0) return { ok: false, reason: 'gateway not connected yet' };
    const down = shards.filter((shard) => !shard.ready);
    if (down.length > 0) return { ok: false, reason: down.map((shard) => `gateway shard ${shard.id} ${shard.status.toLowerCase()}`).join(', ') };
    return { ok: true };
  }
}
