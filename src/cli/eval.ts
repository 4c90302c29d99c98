import { loadConfig } from '../config.js';
import { formatReport } from '../eval/evaluate.js';
import { evaluateSet, loadEvalSets, type EvalSet } from '../eval/sets.js';
import { createLogger } from '../logger.js';
import { PROJECT_ROOT } from '../paths.js';
import { join, relative } from 'node:path';
import { runMain } from './run.js';

const USAGE = 'usage: npm run eval [-- questions.json [--articles DIR ...]]';

/** The sets named on the command line: one question file and its article folders (`ARTICLES_DIR` by default), or every set of eval/sets.json. */
function setsFromArgs(args: readonly string[], articlesDir: string): EvalSet[] {
  if (args.length === 0) return loadEvalSets(join(PROJECT_ROOT, 'eval', 'sets.json'));
  const [questions, ...rest] = args;
  const articles: string[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    if (rest[i] !== '--articles' || !rest[i + 1]) throw new Error(USAGE);
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
  } catch {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const shown = (path: string) => relative(PROJECT_ROOT, path) || '.';
  for (const [i, set] of sets.entries()) {
    const { report, embedderId } = await evaluateSet(config, set, logger);
    const heading = `Eval of ${set.name} (${shown(set.questions)}; articles: ${set.articles.map(shown).join(', ')}) — ${config.llm.answerMode} answers, embedder ${embedderId}`;
    process.stdout.write(`${i > 0 ? '\n' : ''}${heading}\n\n${formatReport(report)}\n`);
  }
});
