import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type APIGatewayBotInfo, type Shard } from 'discord.js';
import { Counter, Gauge, Registry } from 'prom-client';
import type { Config } from '../config.js';
import { createContext, type ContextOptions } from '../context.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../logger.js';
import { startupError } from '../discord/startup-errors.js';
import type { HealthReport } from './health.js';
import { aggregateMetrics, METRICS_CONTENT_TYPE, type MetricsJson } from './metrics.js';
import { startOpsServer, type OpsServer } from './server.js';

/** The entry point each shard process runs: the same `main.js` as the manager. */
const MAIN = fileURLToPath(new URL('../main.js', import.meta.url));
/** A shard process loads the index and logs in before it is ready. */
const SPAWN_TIMEOUT_MS = 120_000;
/** How long the manager waits for a shard's answer to a health or metrics request. */
const ASK_TIMEOUT_MS = 2_000;
/** After the shards' grace period, how long they get to disconnect before they are killed. */
const EXIT_MARGIN_MS = 10_000;
/** How long a shard that failed to start gets to exit by itself. */
const FAILED_START_EXIT_MS = 5_000;
/** Respawn delays after a crash double from this, up to the maximum, so a crash loop cannot use up Discord's daily session starts. */
const RESPAWN_MIN_MS = 1_000;
const RESPAWN_MAX_MS = 60_000;
/** A shard that ran this long is considered healthy again: its next crash is respawned at once. */
const STABLE_AFTER_MS = 60_000;
/** Discord allows `max_concurrency` IDENTIFYs per 5 s; shards are started at that pace (with a margin). */
const IDENTIFY_WINDOW_MS = 5_500;

/** What the manager asks a shard process over IPC. */
type OpsRequest = { qabot: 'health' | 'metrics'; id: number } | { qabot: 'shutdown' };
/** A shard process's answer. */
interface OpsReply {
  qabot: 'reply';
  id: number;
  value: HealthReport | MetricsJson;
}

const isRequest = (message: unknown): message is OpsRequest =>
  typeof message === 'object' && message !== null && ['health', 'metrics', 'shutdown'].includes((message as { qabot?: string }).qabot ?? '');
const isReply = (message: unknown): message is OpsReply => (message as { qabot?: string } | null)?.qabot === 'reply';

/** What a shard process offers its manager. */
export interface ShardProcessHooks {
  health(): HealthReport;
  metrics(): Promise<MetricsJson>;
  /** Shuts the process down gracefully and exits 0. */
  shutdown(reason: string): void;
}

/**
 * In a shard process started by the manager: answers its health and metrics requests, shuts down
 * gracefully when it asks, and also when the manager is gone (the IPC channel closed), so that
 * no orphan keeps answering.
 */
export function serveManager(hooks: ShardProcessHooks): void {
  process.on('message', (message: unknown) => {
    if (!isRequest(message)) return;
    if (message.qabot === 'shutdown') return hooks.shutdown('asked by the shard manager');
    const { id } = message;
    void (async () => (message.qabot === 'health' ? hooks.health() : await hooks.metrics()))().then((value) => {
      if (process.connected) process.send?.({ qabot: 'reply', id, value } satisfies OpsReply);
    });
  });
  if (process.connected) process.once('disconnect', () => hooks.shutdown('the shard manager is gone'));
  else hooks.shutdown('the shard manager is gone');
}

/**
 * When to respawn a shard process that died after running `ranForMs`, `streak` quick deaths in a
 * row before: at once after a stable run, else after 1 s, 2 s, 4 s … up to a minute.
 */
export function respawnDelay(ranForMs: number, streak: number): { streak: number; delay: number } {
  if (ranForMs > STABLE_AFTER_MS) return { streak: 0, delay: 0 };
  return { streak: streak + 1, delay: Math.min(RESPAWN_MAX_MS, RESPAWN_MIN_MS * 2 ** streak) };
}

/** Recommended shard count and identify concurrency, from Discord (`GET /gateway/bot`). */
async function gatewayInfo(config: Config): Promise<APIGatewayBotInfo> {
  const rest = new REST(config.discord.apiBase ? { api: config.discord.apiBase } : {}).setToken(config.discord.token!);
  try {
    return (await rest.get(Routes.gatewayBot())) as APIGatewayBotInfo;
  } catch (error) {
    throw startupError(error, config.discord.apiBase);
  }
}

/**
 * `npm start` with `DISCORD_SHARDS`: discord.js's ShardingManager runs one process per shard
 * (all of them, or `DISCORD_SHARD_IDS`), started at the pace Discord allows. A shard process
 * that dies is respawned, with a growing delay if it keeps dying. With `METRICS_PORT` the manager
 * serves one `/healthz` and `/metrics` for all shards, asking each over IPC. On SIGTERM/SIGINT
 * every shard shuts down gracefully, then the manager exits 0.
 */
export async function runManager(config: Config, logger: Logger, options: Pick<ContextOptions, 'onProgress'> = {}): Promise<void> {
  const sharding = config.ops.sharding;
  if (sharding.mode !== 'manager') throw new Error('runManager needs DISCORD_SHARDS');
  const gateway = await gatewayInfo(config);
  const total = sharding.count === 'auto' ? gateway.shards : sharding.count;
  const ids = sharding.ids ?? [...Array(total).keys()];
  // Built here once, so that the shard processes only load it instead of all building it at once.
  const built = await createContext(config, logger, options);
  await built.library.close();

  const manager = new ShardingManager(MAIN, { token: config.discord.token, totalShards: total, shardList: ids, respawn: false, execArgv: process.execArgv });
  const registry = new Registry();
  const restarts = new Counter({ name: 'qabot_shard_restarts_total', help: 'Shard processes respawned after they died', labelNames: ['shard'], registers: [registry] });
  new Gauge({
    name: 'qabot_shard_process_up',
    help: '1 while the shard process runs, else 0',
    labelNames: ['shard'],
    registers: [registry],
    collect() {
      for (const id of ids) this.set({ shard: String(id) }, manager.shards.get(id)?.process ? 1 : 0);
    },
  });

  let started = false;
  let stopping = false;
  const respawns = new Map<number, NodeJS.Timeout>();
  const crashes = new Map<number, number>();
  manager.on('shardCreate', (shard: Shard) => {
    let spawnedAt = 0;
    // The manager runs shards as processes (its default mode), never as worker threads.
    shard.on('spawn', (child) => {
      spawnedAt = Date.now();
      logger.info({ shard: shard.id, pid: (child as ChildProcess).pid }, 'shard process started');
    });
    shard.on('error', (err: unknown) => logger.error({ shard: shard.id, err }, 'shard process error'));
    shard.on('death', (child) => {
      if (stopping) return;
      const { pid, exitCode, signalCode } = child as ChildProcess;
      logger.error({ shard: shard.id, pid, code: exitCode, signal: signalCode }, 'shard process died');
      if (!started) return; // a shard that cannot start fails the start-up instead
      const { streak, delay } = respawnDelay(Date.now() - spawnedAt, crashes.get(shard.id) ?? 0);
      crashes.set(shard.id, streak);
      logger.info({ shard: shard.id, delayMs: delay }, 'respawning shard process');
      respawns.set(shard.id, setTimeout(() => {
        respawns.delete(shard.id);
        restarts.inc({ shard: String(shard.id) });
        shard.spawn(SPAWN_TIMEOUT_MS).catch((err: unknown) => logger.error({ shard: shard.id, err }, 'respawned shard process did not become ready'));
      }, delay));
    });
  });

  let requests = 0;
  const ask = async <T>(shard: Shard, kind: 'health' | 'metrics'): Promise<T | undefined> => {
    const child = shard.process;
    if (!child) return undefined;
    const id = ++requests;
    return new Promise<T | undefined>((resolve) => {
      const done = (value: T | undefined) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(value);
      };
      const onMessage = (message: unknown) => {
        if (isReply(message) && message.id === id) done(message.value as T);
      };
      const timer = setTimeout(() => done(undefined), ASK_TIMEOUT_MS);
      child.on('message', onMessage);
      shard.send({ qabot: kind, id } satisfies OpsRequest).catch(() => done(undefined));
    });
  };

  const health = async (): Promise<HealthReport> => {
    if (stopping) return { ok: false, reason: 'shutting down' };
    const reports = await Promise.all(ids.map(async (id) => {
      const shard = manager.shards.get(id);
      const report = shard ? await ask<HealthReport>(shard, 'health') : undefined;
      const fallback = shard?.process ? 'not responding' : 'process not running';
      return { id, report: report ?? { ok: false, reason: fallback } };
    }));
    const down = reports.filter(({ report }) => !report.ok);
    return down.length === 0 ? { ok: true } : { ok: false, reason: down.map(({ id, report }) => `shard ${id}: ${report.reason}`).join('; ') };
  };
  const metrics = async (): Promise<string> => {
    const parts = await Promise.all([...manager.shards.values()].map((shard) => ask<MetricsJson>(shard, 'metrics')));
    return aggregateMetrics([...parts.filter((part) => part !== undefined), await registry.getMetricsAsJSON()]);
  };

  let server: OpsServer | undefined;
  if (config.ops.metricsPort !== undefined) {
    server = await startOpsServer(config.ops.metricsHost, config.ops.metricsPort, { health, metrics, metricsContentType: METRICS_CONTENT_TYPE }, logger);
  }

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down every shard');
    for (const timer of respawns.values()) clearTimeout(timer);
    const running = [...manager.shards.values()].filter((shard) => shard.process);
    const exited = running.map((shard) => new Promise((resolve) => shard.once('death', resolve)));
    await Promise.all(running.map((shard) => shard.send({ qabot: 'shutdown' } satisfies OpsRequest).catch(() => undefined)));
    const deadline = new Promise((resolve) => setTimeout(resolve, config.ops.shutdownGraceMs + EXIT_MARGIN_MS).unref());
    await Promise.race([Promise.all(exited), deadline]);
    for (const shard of running) {
      if (shard.process) {
        logger.warn({ shard: shard.id }, 'shard process did not exit in time; killing it');
        shard.kill();
      }
    }
    await server?.close();
    logger.info('all shards stopped');
  };
  const onSignal = (signal: NodeJS.Signals) => void shutdown(signal).finally(() => process.exit(0));
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  const delay = Math.ceil(IDENTIFY_WINDOW_MS / Math.max(1, gateway.session_start_limit.max_concurrency));
  try {
    await manager.spawn({ amount: total, delay, timeout: SPAWN_TIMEOUT_MS });
  } catch (error) {
    if (stopping) return; // a signal stopped the start-up: the shutdown exits
    stopping = true;
    // A shard that failed exits by itself once it has said why; give it the time to, then end what is left.
    const children = [...manager.shards.values()].flatMap((shard) => (shard.process ? [shard.process] : []));
    const exited = children.map((child) => new Promise((resolve) => (child.exitCode === null && child.signalCode === null ? child.once('exit', resolve) : resolve(null))));
    await Promise.race([Promise.all(exited), sleep(FAILED_START_EXIT_MS)]);
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await server?.close();
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    const shard = [...manager.shards.keys()].at(-1); // shards start one after another: the last one failed
    if ((error as { code?: string }).code === 'ShardingReadyTimeout') throw new ConfigError(`Shard ${shard} was not ready within ${SPAWN_TIMEOUT_MS / 1000} s.`);
    // The shard process wrote its own one-line reason (a refused intent, an unreachable API) above.
    throw new ConfigError(`Shard ${shard} stopped before it was ready; the line above says why.`);
  }
  started = true;
  logger.info({ shards: ids, total }, 'all shards ready');
}
