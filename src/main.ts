import { loadConfig } from './config.js';
import { createContext } from './context.js';
import { createLogger } from './logger.js';
import { progressReporter } from './cli/progress.js';
import { runMain } from './cli/run.js';

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the terminal chat. */
runMain(async () => {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // A first start on a large folder builds the index for a while: show how far it is.
  const onProgress = progressReporter({
    stream: process.stdout,
    line: config.discord.token ? (text) => logger.info(text) : (text) => process.stderr.write(`${text}\n`),
  });
  const ctx = await createContext(config, logger, { onProgress });
  // Articles added, changed or removed while the bot runs are answered from within seconds.
  if (config.watchArticles) ctx.library.watch();
  if (config.discord.token) {
    // Loaded only here: discord.js costs half a second of start-up the terminal chat does not need.
    const { startBot } = await import('./discord/bot.js');
    await startBot(ctx);
  } else {
    const { runChat } = await import('./cli/chat.js');
    await runChat(ctx, process.stdin, process.stdout, process.stdin.isTTY === true);
  }
});
