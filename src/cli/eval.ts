import { loadConfig } from '../config.js';
import { formatReport } from '../eval/evaluate.js';
import { evaluateSet, loadEvalSets, type EvalSet } from '../eval/sets.js';
import { createLogger } from '../logger.js';
import { PROJECT_ROOT } from '../paths.js';
import { join, relative } from 'node:path';
import { runMain } from './run.js';

const USAGE = `Usage: npm run eval [-- --dev | questions.json [--articles DIR ...]]
  (no arguments)  every set of eval/sets.json, the frozen test set included (its misses counted, not listed)
  --dev           every set of eval/sets.json except the frozen ones (for tuning)
  questions.json  one question file, over the articles of ARTICLES_DIR or of each --articles DIR`;

class UsageError extends Error {}

/** The sets named on the command line: one question file and its article folders (`ARTICLES_DIR` by default), or the sets of eval/sets.json. */
function setsFromArgs(args: readonly string[], articlesDir: string): EvalSet[] {
  if (args.includes('--help') || args.includes('-h')) throw new UsageError();
  if (args.length === 0 || (args.length === 1 && args[0] === '--dev')) {
    const sets = loadEvalSets(join(PROJECT_ROOT, 'eval', 'sets.json'));
    return args[0] === '--dev' ? sets.filter((set) => !set.frozen) : sets;
  }
  if (args[0]!.startsWith('-')) throw new UsageError();
  const [questions, ...rest] = args;
  const articles: string[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    if (rest[i] !== '--articles' || !rest[i + 1]) throw new UsageError();
    articles.push(rest[i + 1]!);
  }
  return [{ name: questions!, questions: questions!, articles: articles.length > 0 ? articles : [articlesDir] }];
}

/** `npm run eval`: answer quality on every eval set, or on one question file. */
runMain(async () => {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  let sets: EvalSet[];
  try {
    sets = setsFromArgs(process.argv.slice(2), config.articlesDir);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const asked = process.argv.includes('--help') || process.argv.includes('-h');
    (asked ? process.stdout : process.stderr).write(`${USAGE}\n`);
    process.exitCode = asked ? 0 : 2;
    return;
  }
  const shown = (path: string) => relative(PROJECT_ROOT, path) || '.';
  for (const [i, set] of sets.entries()) {
    const { report, embedderId } = await evaluateSet(config, set, logger);
    const heading = `Eval of ${set.name} (${shown(set.questions)}; articles: ${set.articles.map(shown).join(', ')}) — ${config.llm.answerMode} answers, embedder ${embedderId}`;
    process.stdout.write(`${i > 0 ? '\n' : ''}${heading}\n\n${formatReport(report, { listMisses: !set.frozen })}\n`);
  }
});
