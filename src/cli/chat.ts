import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Turn } from '../answer/answerer.js';
import { aboutInfo, aboutText } from '../about.js';
import { findQuotes, getParagraph } from '../answer/quote.js';
import { SUMMARY_LENGTHS, type SummaryLength } from '../answer/types.js';
import type { BotContext } from '../context.js';
import { UserError, type Language } from '../errors.js';
import { localized, t } from '../i18n.js';
import { articleLabel } from '../article/catalog.js';
import { askAndRender, renderArticles, renderParagraph, renderQuotes, renderSummary } from '../render/terminal.js';
import { detectLanguage } from '../text/language.js';

const HELP = `Ask anything about the article in Albanian or English — just type the question.
Commands:
  /ask <question>                            answer with cited, verbatim passages
  /summary [short|detailed|bullets] [sq|en]  cited summary of the article (default: short)
  /quote <topic>                             verbatim passages about a topic, with ¶ numbers
  /paragraph <n> [sq|en]                     paragraph n in full
  /about [sq|en]                             the newest article, the index and the answering mode
  /articles [sq|en]                          the articles, newest first, with their ids
  /article <id>                              answer from that article only; /article alone: from all
  /new                                       forget the conversation: the next question starts afresh
  /help                                      this help
  /quit                                      leave (Ctrl+D works too)
End /summary, /paragraph, /about or /articles with sq or en for a reply in Albanian or English (default: English).
Pyetni në shqip ose në anglisht; /help tregon komandat.`;

/** Commands with no question to take a language from: a final `sq` or `en` word picks it. */
const LANGUAGE_OPTION_COMMANDS = new Set(['summary', 'paragraph', 'about', 'articles']);

/**
 * The questions and answers of this chat so far, newest last, so that a follow-up ("and when?")
 * can be understood (the LLM engine condenses it; the extractive one reads the question alone).
 */
export type ChatHistory = Turn[];

/** Turns remembered for follow-ups, as in a Discord thread. */
const HISTORY_TURNS = 6;

/** The article the chat is limited to (`/article <id>`), if any: its id. */
export interface ChatFocus {
  article?: string;
}

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
  focus: ChatFocus = {},
): Promise<ChatReply> {
  const input = line.trim();
  if (input === '') return { output: '' };
  const command = parseCommand(input);
  const language = command?.language ?? detectLanguage(input);
  // The article the chat was limited to may have been deleted from the watched folder since.
  const removed = focus.article !== undefined && !ctx.library.current.catalog.resolve(focus.article) ? focus.article : undefined;
  if (removed) focus.article = undefined;
  const reply = await replyTo({ ctx, stream, history, focus }, command, input, language);
  if (!removed) return reply;
  return { ...reply, output: [t('chatArticleRemoved', language, { article: removed }), reply.output].filter(Boolean).join('\n\n') };
}

/** The reply to one line; a user's mistake is its polite message, anything else is logged and apologised for. */
async function replyTo(turn: ChatTurn, command: ChatCommand | undefined, input: string, language: Language): Promise<ChatReply> {
  try {
    return command ? await runCommand(turn, command, language) : await ask(turn, input);
  } catch (error) {
    if (error instanceof UserError) return { output: error.in(language) };
    turn.ctx.logger.error({ err: error, input: input.slice(0, 200) }, 'chat command failed');
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

/** One line's work: the context, where streamed text goes, and the chat's state. */
interface ChatTurn {
  ctx: BotContext;
  stream: ((text: string) => void) | undefined;
  history: ChatHistory;
  focus: ChatFocus;
}

/** The engines of the article the chat is limited to, or of all articles (answers) and the newest (summaries, ¶). */
function engines({ ctx, focus }: ChatTurn) {
  const snapshot = ctx.library.current;
  if (focus.article) return snapshot.scope(focus.article);
  return { article: ctx.article, answerer: ctx.answerer, retriever: ctx.retriever };
}

async function runCommand(turn: ChatTurn, command: ChatCommand, language: Language): Promise<ChatReply> {
  const { ctx } = turn;
  const { name, argument } = command;
  switch (name) {
    case 'ask':
      return ask(turn, argument);
    case 'new':
      turn.history.length = 0;
      return { output: t('conversationReset', language) };
    case 'summary': {
      const length = (argument.toLowerCase() || 'short') as SummaryLength;
      if (!SUMMARY_LENGTHS.includes(length)) throw new UserError(localized('unknownSummaryLength'));
      return { output: renderSummary(await engines(turn).answerer.summarize(length, language)) };
    }
    case 'quote':
      return { output: renderQuotes(await findQuotes(engines(turn).retriever, argument, detectLanguage(argument))) };
    case 'paragraph':
      return { output: renderParagraph(getParagraph(engines(turn).article, argument), language) };
    case 'articles':
      return { output: renderArticles(ctx.library.current.articles, language) };
    case 'article': {
      if (!argument) {
        turn.focus.article = undefined;
        return { output: t('chatAllArticles', language) };
      }
      const article = ctx.library.current.find(argument);
      turn.focus.article = article.id;
      return { output: t('chatOneArticle', language, { article: articleLabel(article), paragraphs: article.paragraphs.length }) };
    }
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
async function ask(turn: ChatTurn, question: string): Promise<ChatReply> {
  const { stream, history } = turn;
  const { output, answer } = await askAndRender(engines(turn).answerer, question, { write: stream, history });
  history.push({ question: answer.question, answer: answer.text });
  history.splice(0, history.length - HISTORY_TURNS);
  return { output };
}

/**
 * The terminal chat used when no Discord token is set. Reads lines until /quit or end of input,
 * so it works interactively and with piped stdin (`echo "question" | npm start`).
 */
export async function runChat(ctx: BotContext, input: Readable, output: Writable, interactive: boolean): Promise<void> {
  const { articles } = ctx.library.current;
  const from = articles.length === 1 ? `"${articles[0]!.title}"` : `${articles.length} articles (newest: "${articles[0]!.title}")`;
  output.write(
    `Offline mode — answering from ${from} in the terminal (${ctx.answerer.mode} answers).\n` +
      'To serve Discord instead, set DISCORD_TOKEN in .env (see README). Type /help for commands.\n\n',
  );
  const lines = createInterface({ input, terminal: false });
  const history: ChatHistory = [];
  const focus: ChatFocus = {};
  if (interactive) output.write('> ');
  for await (const line of lines) {
    const reply = await handleChatLine(ctx, line, (text) => output.write(text), history, focus);
    if (reply.output) output.write(`${reply.output}\n\n`);
    if (reply.quit) break;
    if (interactive) output.write('> ');
  }
  lines.close();
}
