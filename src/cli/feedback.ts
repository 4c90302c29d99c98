import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { DATABASE_FILE, FeedbackDatabase } from '../feedback/database.js';
import { toJsonLines, toTable } from '../feedback/export.js';
import { FeedbackStore } from '../feedback/store.js';
import { createLogger } from '../logger.js';
import { runMain } from './run.js';

const USAGE = 'Usage: npm run feedback -- [--json]';

/** `npm run feedback -- [--json]`: every reader vote, as a table or as JSON Lines. Reads while the bot runs (WAL). */
runMain(async () => {
  const json = process.argv.includes('--json');
  const config = loadConfig();
  const path = join(config.dataDir, DATABASE_FILE);
  // Nothing to export is not an error, but the reader should know why (a DATA_DIR typo looks the same).
  if (!existsSync(path)) {
    process.stderr.write(`No feedback yet: ${path} does not exist (the bot creates it in DATA_DIR when it starts).\n`);
    if (!json) process.stdout.write(toTable([]));
    return;
  }
  // Failures are reported in the error below, in one line.
  const database = FeedbackDatabase.open(config.dataDir, createLogger('silent'));
  try {
    const votes = new FeedbackStore(database).votes();
    if (!votes) throw new ConfigError(`could not read the votes in ${path}: ${database.problem}`);
    process.stdout.write(json ? toJsonLines(votes) : toTable(votes));
  } finally {
    database.close();
  }
}, { usage: USAGE, accepts: (args) => args.every((a) => a === '--json') });
