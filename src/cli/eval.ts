import { loadConfig } from '../config.js';
import { formatReport } from '../eval/evaluate.js';
import { evaluateSet, loadEvalSets, type EvalSet } from '../eval/sets.js';
import { createLogger } from '../logger.js';
import { runMain } from './run.js';

const USAGE = 'usage: npm run eval [-- questions.json [--articles DIR ...]]';

/** The sets named on the command line: one question file and its article folders, or every set of eval/sets.json. */
function setsFromArgs(args: readonly string[]): EvalSet[] {
  if (args.length === 0) return loadEvalSets('eval/sets.json');
  const [questions, ...rest] = args;
  const articles: string[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    if (rest[i] !== '--articles' || !rest[i + 1]) throw new Error(USAGE);
    articles.push(rest[i + 1]!);
  }
  return [{ name: questions!, questions: questions!, articles: articles.length > 0 ? articles : ['articles'] }];
}

/** `npm run eval`: answer quality on every eval set, or on one question file. */
runMain(async () => {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  let sets: EvalSet[];
  try {
    sets = setsFromArgs(process.argv.slice(2));
  } catch {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  for (const set of sets) {
    const report = await evaluateSet(config, set, logger);
    process.stdout.write(`\n== ${set.name} (${set.questions}; articles: ${set.articles.join(', ')}) — ${config.llm.answerMode} answers\n\n${formatReport(report)}\n`);
  }
});
