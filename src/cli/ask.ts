import { UserError } from '../errors.js';
import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { createLogger } from '../logger.js';
import { answerToJson, rejectionToJson } from '../render/json.js';
import { askAndRender } from '../render/terminal.js';
import { detectLanguage } from '../text/language.js';
import { runMain } from './run.js';

const USAGE = 'Usage: npm run ask -- [--json] "question" ["question" …]';

/** `npm run ask -- [--json] "question" …`: answers each question and exits. */
runMain(async () => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const questions = args.filter((a) => a !== '--json');
  if (questions.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const ctx = await createContext(config, createLogger(config.logLevel));
  for (const question of questions) {
    try {
      if (json) {
        process.stdout.write(`${JSON.stringify(answerToJson(await ctx.answerer.ask(question)))}\n`);
        continue;
      }
      // Model answers are printed as they are written; the checked sources follow.
      const { output } = await askAndRender(ctx.answerer, question, { write: (text) => process.stdout.write(text) });
      process.stdout.write(`${output}\n\n`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const language = detectLanguage(question);
      const message = error.in(language);
      const rejection = { question, language, message, articleId: ctx.article.id, mode: ctx.answerer.mode };
      process.stdout.write(json ? `${JSON.stringify(rejectionToJson(rejection))}\n` : `${message}\n\n`);
    }
  }
});
