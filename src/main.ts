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
  if (config.discord.token) {
    // Loaded only here: discord.js and prom-client cost start-up time the terminal chat does not need.
    if (config.ops.sharding.mode === 'manager') {
      const { runManager } = await import('./ops/sharding.js');
      await runManager(config, logger, { onProgress });
    } else {
      const { runBot } = await import('./ops/run-bot.js');
      await runBot(config, logger, { onProgress });
    }
  } else {
    const ctx = await createContext(config, logger, { onProgress });
    // Articles added, changed or removed while the chat runs are answered from within seconds.
    if (config.watchArticles) ctx.library.watch();
    const { runChat } = await import('./cli/chat.js');
    await runChat(ctx, process.stdin, process.stdout, process.stdin.isTTY === true);
  }
}, { usage: 'Usage: npm start (the Discord bot when DISCORD_TOKEN is set, otherwise the terminal chat; settings: .env, see README)' });
