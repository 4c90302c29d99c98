import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { aboutInfo } from '../about.js';
import { findQuotes, getParagraph } from '../answer/quote.js';
import { SUMMARY_LENGTHS, type SummaryLength } from '../answer/types.js';
import type { BotContext } from '../context.js';
import { UserError, type Language } from '../errors.js';
import { localized, t } from '../i18n.js';
import { renderAnswer, renderParagraph, renderQuotes, renderSummary, StreamedAnswerPrinter } from '../render/terminal.js';
import { detectLanguage } from '../text/language.js';

const HELP = `Ask anything about the article in Albanian or English — just type the question.
Commands:
  /ask <question>                      answer with cited, verbatim passages
  /summary [short|detailed|bullets]    cited summary of the article (default: short)
  /quote <topic>                       verbatim passages about a topic, with ¶ numbers
  /paragraph <n>                       paragraph n in full
  /about                               the article, the index and the answering mode
  /help                                this help
  /quit                                leave (Ctrl+D works too)
Pyetni në shqip ose në anglisht; /help tregon komandat.`;

/** What one line of input produced. */
export interface ChatReply {
  output: string;
  quit?: boolean;
}

/**
 * Handles one line of the terminal chat: a `/command` or a plain question. User mistakes come
 * back as polite text; unexpected errors are logged and answered with a generic apology, so the
 * chat always goes on.
 */
export async function handleChatLine(ctx: BotContext, line: string, stream?: (text: string) => void): Promise<ChatReply> {
  const input = line.trim();
  const language: Language = detectLanguage(input);
  if (input === '') return { output: '' };
  try {
    return await dispatch(ctx, input, language, stream);
  } catch (error) {
    if (error instanceof UserError) return { output: error.in(language) };
    ctx.logger.error({ err: error, input: input.slice(0, 200) }, 'chat command failed');
    return { output: t('genericError', language) };
  }
}

async function dispatch(ctx: BotContext, input: string, language: Language, stream?: (text: string) => void): Promise<ChatReply> {
  if (!input.startsWith('/')) return { output: await answer(ctx, input, stream) };
  const [command = '', ...rest] = input.slice(1).split(/\s+/);
  const argument = rest.join(' ');
  switch (command.toLowerCase()) {
    case 'ask':
      return { output: await answer(ctx, argument, stream) };
    case 'summary': {
      const length = (argument.toLowerCase() || 'short') as SummaryLength;
      if (!SUMMARY_LENGTHS.includes(length)) throw new UserError(localized('unknownSummaryLength'));
      return { output: renderSummary(await ctx.answerer.summarize(length, language)) };
    }
    case 'quote':
      return { output: renderQuotes(await findQuotes(ctx.retriever, argument, detectLanguage(argument))) };
    case 'paragraph':
      return { output: renderParagraph(getParagraph(ctx.article, argument), language) };
    case 'about': {
      const about = aboutInfo(ctx);
      return {
        output: [
          `${about.title}${about.date ? ` (${about.date})` : ''}`,
          `${about.paragraphs} paragraphs · index: ${about.index.embedder}, ${about.index.dimensions} dimensions, built ${about.index.builtAt}`,
          `Answers: ${about.mode === 'llm' ? `language model (${about.model}), checked against the article` : 'offline, verbatim sentences from the article'}`,
        ].join('\n'),
      };
    }
    case 'help':
      return { output: HELP };
    case 'quit':
    case 'exit':
      return { output: '', quit: true };
    default:
      throw new UserError(localized('unknownCommand', { command: `/${command.slice(0, 30)}` }));
  }
}

/** Answers a question; in LLM mode with `stream`, the answer text is streamed and the rest returned. */
async function answer(ctx: BotContext, question: string, stream?: (text: string) => void): Promise<string> {
  const printer = stream && ctx.answerer.mode === 'llm' ? new StreamedAnswerPrinter(stream) : undefined;
  const result = await ctx.answerer.ask(question, { onPartial: printer?.onPartial });
  return printer ? printer.finish(result) : renderAnswer(result);
}

/**
 * The terminal chat used when no Discord token is set. Reads lines until /quit or end of input,
 * so it works interactively and with piped stdin (`echo "question" | npm start`).
 */
export async function runChat(ctx: BotContext, input: Readable, output: Writable, interactive: boolean): Promise<void> {
  output.write(
    `Offline mode — answering from "${ctx.article.title}" in the terminal (${ctx.answerer.mode} answers).\n` +
      'To serve Discord instead, set DISCORD_TOKEN in .env (see README). Type /help for commands.\n\n',
  );
  const lines = createInterface({ input, terminal: false });
  if (interactive) output.write('> ');
  for await (const line of lines) {
    const reply = await handleChatLine(ctx, line, (text) => output.write(text));
    if (reply.output) output.write(`${reply.output}\n\n`);
    if (reply.quit) break;
    if (interactive) output.write('> ');
  }
  lines.close();
}
