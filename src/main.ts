import { loadConfig } from './config.js';
import { createContext } from './context.js';
import { createLogger } from './logger.js';
import { runMain } from './cli/run.js';

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the terminal chat. */
runMain(async () => {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const ctx = await createContext(config, logger);
  if (config.discord.token) {
    // Loaded only here: discord.js costs half a second of start-up the terminal chat does not need.
    const { startBot } = await import('./discord/bot.js');
    await startBot(ctx);
  } else {
    const { runChat } = await import('./cli/chat.js');
    await runChat(ctx, process.stdin, process.stdout, process.stdin.isTTY === true);
  }
});
