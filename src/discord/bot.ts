import { Client, Events, GatewayIntentBits, Options, Partials, RESTEvents } from 'discord.js';
import { deriveContext, type BotContext } from '../context.js';
import { ConfigError } from '../errors.js';
import { StoredConversations } from '../feedback/conversations.js';
import { FeedbackDatabase } from '../feedback/database.js';
import { FeedbackStore } from '../feedback/store.js';
import { InFlight } from '../ops/shutdown.js';
import { AnswerGuard } from './access.js';
import type { DiscordContext } from './command.js';
import { loadCommands } from './command-loader.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';
import { gatewayCloseError, startupError } from './startup-errors.js';

/** Guild events, channel messages with their text (a privileged intent), and DMs. */
const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent, GatewayIntentBits.DirectMessages];

/**
 * discord.js caches every user, member and message it sees, forever by default. The bot answers
 * from event payloads and never looks them up, so these caches are kept small (its own user and
 * member stay: permission checks need them). Threads are swept by discord.js once archived.
 */
const CACHE_LIMITS = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  MessageManager: 0,
  UserManager: { maxSize: 1_000, keepOverLimit: (user) => user.id === user.client.user.id },
  GuildMemberManager: { maxSize: 1_000, keepOverLimit: (member) => member.id === member.client.user.id },
});

/** A connected bot. */
export interface RunningBot {
  client: Client<true>;
  /** Disconnects from Discord and removes the process hooks; safe to call twice. */
  stop(): Promise<void>;
  /**
   * What SIGTERM does, short of exiting: stops taking new work, lets answers in flight finish
   * (up to `SHUTDOWN_GRACE_MS`), replaces unfinished replies, then {@link stop}s and runs the
   * `onShutdown` hook. Safe to call twice.
   */
  shutdown(reason: string): Promise<void>;
  /** Reader votes, for the metrics. */
  feedback: FeedbackStore;
}

/** How the process around the bot takes part in its life: readiness, metrics, and its own resources to close. */
export interface BotHooks {
  /** Given the client before it logs in, so its gateway shards can be watched. */
  watchGateway?(client: Client): void;
  /** The bot stopped taking new work (a shutdown began). */
  onDraining?(): void;
  /** Runs after the client is destroyed on shutdown: close servers and databases, flush logs. */
  onShutdown?(): Promise<void>;
}

/**
 * `npm start` with DISCORD_TOKEN: logs in as the bot and serves slash commands, buttons, mentions
 * and DMs until SIGINT/SIGTERM (then {@link RunningBot.shutdown} and exit 0). Resolves once the bot is ready.
 * What the operator can fix — a token Discord rejects, an API out of reach, a privileged intent
 * not turned on — is a {@link ConfigError}: one line at start-up, no stack trace. If Discord closes
 * the gateway for good later, the bot logs it, disconnects and exits 1.
 */
export async function startBot(core: BotContext, hooks: BotHooks = {}): Promise<RunningBot> {
  const { logger } = core;
  const settings = core.config.discord;
  if (!settings.token) throw new ConfigError('DISCORD_TOKEN is not set.');

  // Votes and conversation history live in DATA_DIR, so both survive a restart.
  const database = FeedbackDatabase.open(core.config.dataDir, logger);
  const inFlight = new InFlight();
  // Derived, not spread: the bot keeps reading the live index's current snapshot.
  const ctx: DiscordContext = deriveContext(core, {
    conversations: new StoredConversations(database),
    feedback: new FeedbackStore(database),
    stats: { startedAt: Date.now(), answersServed: 0 },
    inFlight,
  });
  const commands = await loadCommands(core.article);
  const guard = new AnswerGuard(settings.cooldownSeconds, settings.maxConcurrentAnswers, Date.now, () => core.telemetry.busyRejected());
  core.telemetry.observe('answers_in_flight', () => guard.inProgress);
  const { sharding } = core.config.ops;
  const client = new Client({
    intents: INTENTS,
    // Under a ShardingManager, discord.js reads the process's shard from the environment.
    ...(sharding.mode === 'in-process' ? { shards: sharding.ids, shardCount: sharding.count } : {}),
    partials: [Partials.Channel], // DM channels are not cached until their first message arrives
    makeCache: CACHE_LIMITS,
    allowedMentions: { parse: [], repliedUser: false }, // respond.ts sets this on every message; a second line of defence
    ...(settings.apiBase ? { rest: { api: settings.apiBase } } : {}),
  });

  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, ctx, commands, guard));
  client.on(Events.MessageCreate, (message) => void handleMessage(message, ctx, guard));
  client.on(Events.Error, (err) => logger.error({ err }, 'Discord client error'));
  // discord.js resumes or identifies again by itself; these lines say when the gateway was lost and back.
  client.on(Events.ShardReconnecting, (shard) => logger.warn({ shard }, 'gateway connection lost; reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway session resumed'));
  client.on(Events.ShardReady, (shard) => logger.info({ shard }, 'gateway shard ready'));
  hooks.watchGateway?.(client);

  // Process hooks live as long as the bot: stop() removes them, so in-process tests leave nothing behind.
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.off('unhandledRejection', onRejection);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await client.destroy();
      database.close();
    })());
  let shuttingDown: Promise<void> | undefined;
  const shutdown = (reason: string) =>
    (shuttingDown ??= (async () => {
      logger.info({ reason, inFlight: inFlight.size }, 'shutting down');
      hooks.onDraining?.();
      const drained = await inFlight.drain(core.config.ops.shutdownGraceMs);
      logger.info(drained, 'work in flight drained');
      await stop();
      await hooks.onShutdown?.();
    })());
  const onRejection = (reason: unknown) => logger.error({ err: reason }, 'unhandled promise rejection');
  const onSignal = (signal: NodeJS.Signals) => {
    void shutdown(signal).then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('unhandledRejection', onRejection);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // Discord closes the gateway for good when it refuses the token or an intent; discord.js then
  // neither reconnects nor becomes ready. Before ready that fails the start-up; after it the bot
  // would hear nothing more, so it stops, and exits 1 for a supervisor to restart it.
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    client.on(Events.ShardDisconnect, ({ code }) => {
      if (!client.isReady()) return reject(gatewayCloseError(code));
      logger.fatal({ code, reason: gatewayCloseError(code).message }, 'disconnected from the Discord gateway for good');
      void stop().then(() => process.exit(1));
    });
  });
  try {
    await Promise.all([client.login(settings.token), ready]);
  } catch (error) {
    await stop();
    throw startupError(error, settings.apiBase);
  }
  // Attached after login, so that a bad token is reported in one line. Retries of 429s and 5xx
  // happen inside discord.js: this is where they become visible. The route hides tokens.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status < 400) return;
    logger.warn({ method: request.method, route: request.route, status: response.status, retries: request.retries }, 'Discord API error response');
  });
  logger.info({ user: client.user?.tag, commands: [...commands.keys()], shards: [...client.ws.shards.keys()] }, 'Discord bot ready');
  return { client: client as Client<true>, stop, shutdown, feedback: ctx.feedback };
}
