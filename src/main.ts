import { loadConfig } from './config.js';
import { createContext } from './context.js';
import { createLogger } from './logger.js';
import { runMain } from './cli/run.js';

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the terminal chat. */
runMain(async () => {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.discord.token) {
    // Loaded only here: discord.js and prom-client cost start-up time the terminal chat does not need.
    if (config.ops.sharding.mode === 'manager') {
      const { runManager } = await import('./ops/sharding.js');
      await runManager(config, logger);
    } else {
      const { runBot } = await import('./ops/run-bot.js');
      await runBot(config, logger);
    }
  } else {
    const ctx = await createContext(config, logger);
    const { runChat } = await import('./cli/chat.js');
    await runChat(ctx, process.stdin, process.stdout, process.stdin.isTTY === true);
  }
});
