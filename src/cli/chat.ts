import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Turn } from '../answer/answerer.js';
import { aboutInfo, aboutText } from '../about.js';
import { findQuotes, getParagraph } from '../answer/quote.js';
import { SUMMARY_LENGTHS, type SummaryLength } from '../answer/types.js';
import type { BotContext } from '../context.js';
import { UserError, type Language } from '../errors.js';
import { localized, t } from '../i18n.js';
import { askAndRender, renderParagraph, renderQuotes, renderSummary } from '../render/terminal.js';
import { detectLanguage } from '../text/language.js';

const HELP = `Ask anything about the article in Albanian or English — just type the question.
Commands:
  /ask <question>                            answer with cited, verbatim passages
  /summary [short|detailed|bullets] [sq|en]  cited summary of the article (default: short)
  /quote <topic>                             verbatim passages about a topic, with ¶ numbers
  /paragraph <n> [sq|en]                     paragraph n in full
  /about [sq|en]                             the article, the index and the answering mode
  /new                                       forget the conversation: the next question starts afresh
  /help                                      this help
  /quit                                      leave (Ctrl+D works too)
End /summary, /paragraph or /about with sq or en for a reply in Albanian or English (default: English).
Pyetni në shqip ose në anglisht; /help tregon komandat.`;

/** Commands with no question to take a language from: a final `sq` or `en` word picks it. */
const LANGUAGE_OPTION_COMMANDS = new Set(['summary', 'paragraph', 'about']);

/**
 * The questions and answers of this chat so far, newest last, so that a follow-up ("and when?")
 * can be understood (the LLM engine condenses it; the extractive one reads the question alone).
 */
export type ChatHistory = Turn[];

/** Turns remembered for follow-ups, as in a Discord thread. */
const HISTORY_TURNS = 6;

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
export async function handleChatLine(
  ctx: BotContext,
  line: string,
  stream?: (text: string) => void,
  history: ChatHistory = [],
): Promise<ChatReply> {
  const input = line.trim();
  if (input === '') return { output: '' };
  const command = parseCommand(input);
  const language = command?.language ?? detectLanguage(input);
  try {
    return command ? await runCommand(ctx, command, language, stream, history) : await ask(ctx, input, stream, history);
  } catch (error) {
    if (error instanceof UserError) return { output: error.in(language) };
    ctx.logger.error({ err: error, input: input.slice(0, 200) }, 'chat command failed');
    return { output: t('genericError', language) };
  }
}

/** A `/command` line: its name (lower case), its argument, and the reply's language when chosen. */
interface ChatCommand {
  name: string;
  argument: string;
  language?: Language;
}

function parseCommand(input: string): ChatCommand | undefined {
  if (!input.startsWith('/')) return undefined;
  const [first = '', ...words] = input.slice(1).split(/\s+/);
  const name = first.toLowerCase();
  const last = words.at(-1)?.toLowerCase();
  if (LANGUAGE_OPTION_COMMANDS.has(name) && (last === 'sq' || last === 'en')) {
    return { name, argument: words.slice(0, -1).join(' '), language: last };
  }
  return { name, argument: words.join(' ') };
}

async function runCommand(
  ctx: BotContext,
  command: ChatCommand,
  language: Language,
  stream: ((text: string) => void) | undefined,
  history: ChatHistory,
): Promise<ChatReply> {
  const { name, argument } = command;
  switch (name) {
    case 'ask':
      return ask(ctx, argument, stream, history);
    case 'new':
      history.length = 0;
      return { output: t('conversationReset', language) };
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
      return { output: `${about.title}\n${aboutText(about, language)}` };
    }
    case 'help':
      return { output: HELP };
    case 'quit':
    case 'exit':
      return { output: '', quit: true };
    default:
      throw new UserError(localized('unknownCommand', { command: `/${name.slice(0, 30)}` }));
  }
}

/** Answers a question in the light of the conversation so far, then remembers it. */
async function ask(ctx: BotContext, question: string, stream: ((text: string) => void) | undefined, history: ChatHistory): Promise<ChatReply> {
  const { output, answer } = await askAndRender(ctx.answerer, question, { write: stream, history });
  history.push({ question: answer.question, answer: answer.text });
  history.splice(0, history.length - HISTORY_TURNS);
  return { output };
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
  const history: ChatHistory = [];
  if (interactive) output.write('> ');
  for await (const line of lines) {
    const reply = await handleChatLine(ctx, line, (text) => output.write(text), history);
    if (reply.output) output.write(`${reply.output}\n\n`);
    if (reply.quit) break;
    if (interactive) output.write('> ');
  }
  lines.close();
}
