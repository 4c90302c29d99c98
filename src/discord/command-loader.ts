import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Article } from '../article/article.js';
import type { Command } from './command.js';

/** `commands/` at the top of the repository, seen from src/discord (sources) or dist/src/discord (build). */
const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

function isCommand(value: unknown): value is Command {
  const command = value as Partial<Command> | undefined;
  return typeof command?.data === 'function' && typeof command.execute === 'function';
}

/**
 * Loads every command module in `dir` (one command per file, as its default export), keyed by
 * command name. A file that is not a command, or a name used twice, is a start-up error.
 */
export async function loadCommands(article: Article, dir = COMMANDS_DIR): Promise<Map<string, Command>> {
  const commands = new Map<string, Command>();
  const files = readdirSync(dir).filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts')).sort();
  for (const file of files) {
    const { default: command } = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    if (!isCommand(command)) throw new Error(`${file} does not export a command: expected \`export default { data, execute } satisfies Command\``);
    const { name } = command.data(article);
    if (commands.has(name)) throw new Error(`${file} defines /${name}, which another file in ${dir} already defines`);
    commands.set(name, command);
  }
  return commands;
}
