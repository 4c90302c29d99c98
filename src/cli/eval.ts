import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { evaluate, formatReport, loadEvalSet } from '../eval/evaluate.js';
import { createLogger } from '../logger.js';
import { runMain } from './run.js';

/** `npm run eval [-- path/to/questions.json]`: answer quality on an eval set. */
runMain(async () => {
  const path = process.argv[2] ?? 'eval/dev-questions.json';
  const config = loadConfig();
  const ctx = await createContext(config, createLogger(config.logLevel));
  const report = await evaluate(ctx, loadEvalSet(path));
  process.stdout.write(`Eval of ${path} — ${ctx.answerer.mode} answers, embedder ${ctx.index.manifest.embedder.id}\n\n${formatReport(report)}\n`);
});
