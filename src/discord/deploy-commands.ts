import { REST, Routes } from 'discord.js';
import { loadArticles } from '../article/article.js';
import { runMain } from '../cli/run.js';
import { loadConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { loadCommands } from './command-loader.js';
import { startupError } from './startup-errors.js';

/**
 * `npm run deploy-commands`: registers the slash commands with Discord (a bulk overwrite, so
 * removed commands disappear too). Guild-scoped when DISCORD_GUILD_ID is set — available at once,
 * for development — otherwise global. Run it after changing a command, never at start-up.
 */
runMain(async () => {
  const config = loadConfig();
  const { token, clientId, guildId, apiBase } = config.discord;
  if (!token) throw new ConfigError('DISCORD_TOKEN is not set: it is needed to register the slash commands.');
  if (!clientId) throw new ConfigError('DISCORD_CLIENT_ID is not set: use the Application ID from the Developer Portal.');

  const article = loadArticles(config.articlesDir)[0]!;
  const commands = [...(await loadCommands(article)).values()].map((command) => command.data(article).toJSON());
  const rest = new REST(apiBase ? { api: apiBase } : {}).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(clientId, guildId) : Routes.applicationCommands(clientId);
  try {
    await rest.put(route, { body: commands });
  } catch (error) {
    throw startupError(error, apiBase);
  }
  const names = commands.map((c) => `/${c.name}`).join(' ');
  const scope = guildId ? `in guild ${guildId} (available now)` : 'globally (may take up to an hour to appear)';
  process.stdout.write(`Registered ${commands.length} commands ${scope}: ${names}\n`);
}, { usage: 'Usage: npm run deploy-commands (registers the slash commands with Discord: needs DISCORD_TOKEN and DISCORD_CLIENT_ID; into DISCORD_GUILD_ID when set)' });
