import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { createLogger } from '../logger.js';
import { progressReporter } from './progress.js';
import { runMain } from './run.js';

/**
 * `npm run index`: rebuilds the vector index from the articles, whatever the manifest says,
 * with a progress bar on a terminal (plain progress lines when stdout is not one).
 */
runMain(async () => {
  const config = loadConfig();
  const started = performance.now();
  const onProgress = progressReporter({ stream: process.stdout, line: (text) => process.stdout.write(`${text}\n`) });
  const ctx = await createContext(config, createLogger(config.logLevel), { forceRebuild: true, onProgress });
  const { manifest } = ctx.index;
  process.stdout.write(
    `Indexed ${ctx.index.store.size} paragraphs of ${ctx.articles.length} article(s) with ${manifest.embedder.id} ` +
      `(${manifest.embedder.dimensions} dimensions) into ${config.embeddingsDir}/ in ${(performance.now() - started).toFixed(0)} ms.\n`,
  );
}, { usage: 'Usage: npm run index (rebuilds the vector index of ARTICLES_DIR in EMBEDDINGS_DIR; settings: .env, see README)' });
