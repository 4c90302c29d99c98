import { ConfigError, UserError } from '../errors.js';
import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { createLogger } from '../logger.js';
import { answerToJson, rejectionToJson } from '../render/json.js';
import { askAndRender } from '../render/terminal.js';
import { detectLanguage } from '../text/language.js';
import { runMain } from './run.js';

const USAGE = `Usage: npm run ask -- [--json] [--article <id>] "question" ["question" …]
  --json          one JSON object per question per line (see README)
  --article <id>  answer from that article only (ids: the file names without extension)`;

/** The command line: flags anywhere, questions in order. */
function parseArgs(args: readonly string[]): { json: boolean; article?: string; questions: string[] } | undefined {
  const parsed: { json: boolean; article?: string; questions: string[] } = { json: false, questions: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') parsed.json = true;
    else if (arg === '--article' || arg.startsWith('--article=')) {
      const value = arg === '--article' ? args[++i] : arg.slice('--article='.length);
      if (!value) return undefined;
      parsed.article = value;
    } else if (arg.startsWith('--')) return undefined;
    else parsed.questions.push(arg);
  }
  return parsed.questions.length > 0 ? parsed : undefined;
}

/** `npm run ask -- [--json] [--article <id>] "question" …`: answers each question and exits. */
runMain(async () => {
  const args = parseArgs(process.argv.slice(2))!;
  const { json, questions } = args;
  const config = loadConfig();
  const ctx = await createContext(config, createLogger(config.logLevel));
  const snapshot = ctx.library.current;
  // An unknown id is the operator's to fix: one line naming the ids there are.
  if (args.article !== undefined && !snapshot.catalog.resolve(args.article)) {
    throw new ConfigError(`Unknown article "${args.article}" for --article. Articles: ${snapshot.articles.slice(0, 20).map((a) => a.id).join(', ')}${snapshot.articles.length > 20 ? ', …' : ''}`);
  }
  const { answerer, article } = args.article ? snapshot.scope(args.article) : { answerer: snapshot.answerer, article: snapshot.article };
  for (const question of questions) {
    try {
      if (json) {
        process.stdout.write(`${JSON.stringify(answerToJson(await answerer.ask(question)))}\n`);
        continue;
      }
      // Model answers are printed as they are written; the checked sources follow.
      const { output } = await askAndRender(answerer, question, { write: (text) => process.stdout.write(text) });
      process.stdout.write(`${output}\n\n`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const language = detectLanguage(question);
      const message = error.in(language);
      const rejection = { question, language, message, articleId: article.id, mode: answerer.mode };
      process.stdout.write(json ? `${JSON.stringify(rejectionToJson(rejection))}\n` : `${message}\n\n`);
    }
  }
}, { usage: USAGE, accepts: (args) => parseArgs(args) !== undefined });
