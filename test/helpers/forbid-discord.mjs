// Preloaded with `node --import`: any import of discord.js fails, which proves a code path
// (the terminal chat, `npm run ask`) never loads it and never pays its start-up cost.
import { register } from 'node:module';

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === 'discord.js' || specifier.startsWith('@discordjs/')) throw new Error('discord.js was imported');
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
