import type { Config } from '../config.js';
import { createContext, type BotContext, type ContextOptions } from '../context.js';
import type { Logger } from '../logger.js';
import { Health } from './health.js';
import { METRICS_CONTENT_TYPE, Metrics } from './metrics.js';
import { startOpsServer, type OpsServer } from './server.js';
import { serveManager } from './sharding.js';

/** Articles and paragraphs in the index, read when metrics are scraped. */
function indexSize(ctx: BotContext): { articles: number; paragraphs: number } {
  return { articles: ctx.articles.length, paragraphs: ctx.articles.reduce((sum, article) => sum + article.paragraphs.length, 0) };
}

/**
 * `npm start` with DISCORD_TOKEN (one bot process: the only one, some shards of the bot, or a
 * shard process of a manager). With METRICS_PORT, `/healthz` and `/metrics` are served from the
 * start — `/healthz` says 503 while the index loads and the gateway connects — except in a
 * manager's shard process, which answers the manager's requests instead.
 */
export async function runBot(config: Config, baseLogger: Logger, options: Pick<ContextOptions, 'onProgress'> = {}): Promise<void> {
  const { sharding } = config.ops;
  const managed = sharding.mode === 'managed';
  const logger = managed ? baseLogger.child({ shards: sharding.ids }) : baseLogger;
  const health = new Health();
  const metrics = config.ops.metricsPort === undefined ? undefined : new Metrics();
  let server: OpsServer | undefined;
  if (metrics && !managed) {
    const sources = { health: () => health.check(), metrics: () => metrics.text(), metricsContentType: METRICS_CONTENT_TYPE };
    server = await startOpsServer(config.ops.metricsHost, config.ops.metricsPort!, sources, logger);
  }
  try {
    const ctx = await createContext(config, logger, { ...options, telemetry: metrics });
    // Articles added, changed or removed while the bot runs are answered from within seconds.
    if (config.watchArticles) ctx.library.watch();
    health.indexReady();
    metrics?.watchIndex(() => indexSize(ctx));
    const { startBot } = await import('../discord/bot.js');
    const bot = await startBot(ctx, {
      watchGateway: (client) => {
        health.watchGateway(client);
        metrics?.watchGateway(client);
      },
      onDraining: () => health.shuttingDown(),
      onShutdown: async () => {
        await ctx.library.close(); // lets an index update under way finish saving
        await server?.close();
      },
    });
    metrics?.watchFeedback(() => bot.feedback.totals());
    if (managed) {
      serveManager({
        health: () => health.check(),
        metrics: async () => (metrics ? metrics.json() : []),
        shutdown: (reason) => void bot.shutdown(reason).finally(() => process.exit(0)),
      });
    }
  } catch (error) {
    await server?.close();
    // discord.js's IPC listener would keep a failed shard process alive: let it exit, its manager then reports it.
    if (managed) process.disconnect?.();
    throw error;
  }
}
