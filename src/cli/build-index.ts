import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { createLogger } from '../logger.js';
import { runMain } from './run.js';

/** `npm run index`: rebuilds the vector index from the articles, whatever the manifest says. */
runMain(async () => {
  const config = loadConfig();
  const started = performance.now();
  const ctx = await createContext(config, createLogger(config.logLevel), { forceRebuild: true });
  const { manifest } = ctx.index;
  process.stdout.write(
    `Indexed ${ctx.index.store.size} paragraphs of ${ctx.articles.length} article(s) with ${manifest.embedder.id} ` +
      `(${manifest.embedder.dimensions} dimensions) into ${config.embeddingsDir}/ in ${(performance.now() - started).toFixed(0)} ms.\n`,
  );
});
