import { Client, Events, GatewayIntentBits, Options, Partials, RESTEvents } from 'discord.js';
import type { BotContext } from '../context.js';
import { ConfigError } from '../errors.js';
import { AnswerGuard } from './access.js';
import type { DiscordContext } from './command.js';
import { loadCommands } from './commands.js';
import { Conversations } from './conversations.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';

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
}

/**
 * `npm start` with DISCORD_TOKEN: logs in as the bot and serves slash commands, buttons, mentions
 * and DMs until SIGINT/SIGTERM (then disconnects and exits 0). Resolves once the bot is ready.
 * A token Discord rejects is a {@link ConfigError}: one line at start-up, no stack trace.
 */
export async function startBot(core: BotContext): Promise<RunningBot> {
  const { logger } = core;
  const settings = core.config.discord;
  if (!settings.token) throw new ConfigError('DISCORD_TOKEN is not set.');

  const ctx: DiscordContext = { ...core, conversations: new Conversations() };
  const commands = await loadCommands(core.article);
  const guard = new AnswerGuard(settings.cooldownSeconds, settings.maxConcurrentAnswers);
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel], // DM channels are not cached until their first message arrives
    makeCache: CACHE_LIMITS,
    allowedMentions: { parse: [], repliedUser: false }, // respond.ts sets this on every message; a second line of defence
    ...(settings.apiBase ? { rest: { api: settings.apiBase } } : {}),
  });

  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, ctx, commands, guard));
  client.on(Events.MessageCreate, (message) => void handleMessage(message, ctx, guard));
  client.on(Events.Error, (err) => logger.error({ err }, 'Discord client error'));
  client.on(Events.ShardDisconnect, ({ code }) => logger.error({ code }, 'disconnected from the Discord gateway for good'));

  // Process hooks live as long as the bot: stop() removes them, so in-process tests leave nothing behind.
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.off('unhandledRejection', onRejection);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await client.destroy();
    })());
  const onRejection = (reason: unknown) => logger.error({ err: reason }, 'unhandled promise rejection');
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    void stop().then(() => process.exit(0));
  };
  process.on('unhandledRejection', onRejection);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(settings.token);
    await ready;
  } catch (error) {
    await stop();
    throw loginError(error, settings.apiBase);
  }
  // Attached after login, so that a bad token is reported in one line. Retries of 429s and 5xx
  // happen inside discord.js: this is where they become visible. The route hides tokens.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status < 400) return;
    logger.warn({ method: request.method, route: request.route, status: response.status, retries: request.retries }, 'Discord API error response');
  });
  logger.info({ user: client.user?.tag, commands: [...commands.keys()] }, 'Discord bot ready');
  return { client: client as Client<true>, stop };
}

const NETWORK_ERRORS = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);

/** Start-up failures the operator can fix become one-line {@link ConfigError}s; anything else is a bug. */
function loginError(error: unknown, apiBase: string | undefined): unknown {
  const { code, cause } = error as { code?: unknown; cause?: { code?: unknown } };
  if (code === 'TokenInvalid') {
    return new ConfigError('Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal.');
  }
  const network = String(cause?.code ?? code);
  if (NETWORK_ERRORS.has(network)) return new ConfigError(`Could not reach the Discord API at ${apiBase ?? 'https://discord.com/api'} (${network}).`);
  return error;
}
