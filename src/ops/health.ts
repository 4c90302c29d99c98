import type { Client } from 'discord.js';
import { localShards } from './shards.js';

/** What `/healthz` answers: ready to serve, or why not. */
export interface HealthReport {
  ok: boolean;
  /** Why the bot cannot serve now (set when `ok` is false). */
  reason?: string;
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
