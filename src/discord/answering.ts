import { ChannelType, Message, ThreadAutoArchiveDuration, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Answer } from '../answer/types.js';
import { UserError } from '../errors.js';
import { t } from '../i18n.js';
import { unlessAborted } from '../ops/shutdown.js';
import { outcomeOf } from '../ops/telemetry.js';
import type { DiscordContext } from './command.js';
import { conversationOf } from './conversations.js';
import { answerReply, partialReply } from './embeds.js';
import { logContext } from './errors.js';
import { questionLanguage } from './language.js';
import { defer, editMessage, respond, showTyping, truncate, type Reply } from './respond.js';
import { throttle } from './throttle.js';

/** Where a question came from: a slash command or button (answered in its deferred reply), or a message (answered with a reply). */
export type QuestionSource = ChatInputCommandInteraction | ButtonInteraction | Message;

/** Streamed answers are re-shown at most this often: Discord allows about five edits per five seconds. */
const PARTIAL_EDIT_INTERVAL_MS = 1_000;
const MAX_THREAD_NAME = 100;

/**
 * Answers a question wherever it was asked, the same way for `/ask`, suggestion buttons, mentions,
 * DMs and thread follow-ups: acknowledge at once, show the answer as it streams (throttled), then
 * the final answer with its checked citations and source buttons. In a channel the answer opens a
 * thread, so that follow-ups there are answered with the conversation's recent turns as history.
 * If answering fails, a preview already shown is removed and the error goes to the caller.
 * `article` (an id or short key) limits the answer to that article; otherwise the best-matching one answers.
 */
export async function answerQuestion(ctx: DiscordContext, source: QuestionSource, question: string, article?: string): Promise<void> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const answer = await answerAndShow(ctx, source, question, article);
    ctx.telemetry.answered(answer.mode, outcomeOf(answer), seconds());
  } catch (error) {
    // A question refused as bad input is not an answer; anything else that failed is counted.
    if (!(error instanceof UserError)) ctx.telemetry.answered(ctx.answerer.mode, 'error', seconds());
    throw error;
  }
}

async function answerAndShow(ctx: DiscordContext, source: QuestionSource, question: string, article?: string): Promise<Answer> {
  // An article that does not exist is refused before anything is shown.
  const engines = article ? ctx.library.current.scope(article) : ctx;
  const conversation = conversationOf(source);
  if (source instanceof Message) {
    showTyping(source.channel).catch((err: unknown) => ctx.logger.debug({ ...logContext(source), err }, 'typing indicator failed'));
  } else {
    await defer(source);
  }

  const reply = replaceableReply(source);
  const previews = throttle(PARTIAL_EDIT_INTERVAL_MS, async (text: string) => {
    // A lost preview costs nothing: the final answer replaces it anyway.
    await reply.show(partialReply(text)).catch((err: unknown) => ctx.logger.warn({ ...logContext(source), err }, 'could not show a partial answer'));
  });
  let answer: Answer;
  try {
    const history = conversation ? ctx.conversations.history(conversation) : [];
    const language = questionLanguage(question, source, ctx.conversations);
    const asked = engines.answerer.ask(question, { history, language, onPartial: previews.push });
    // When a shutdown's grace period is over, the model's answer is not waited for any longer.
    answer = await unlessAborted(asked, ctx.inFlight.signal, async () => {
      ctx.telemetry.llmFallback('shutdown');
      const extractive = await engines.extractive.ask(question, { language });
      return { ...extractive, notice: t('shutdownFallback', extractive.language) };
    }).finally(previews.stop);
  } catch (error) {
    // The error handler reports the failure; a half-written answer must not stay up in public.
    await reply.retract().catch((err: unknown) => ctx.logger.warn({ ...logContext(source), err }, 'could not remove a partial answer'));
    throw error;
  }

  const sent = await reply.show(answerReply(answer, ctx.feedback.recordAnswer(answer)));
  ctx.stats.answersServed++;
  // Outside a thread or DM, the answer starts a conversation in a thread opened on it.
  const conversationId = conversation ?? (sent && (await openThread(ctx, source, sent, answer.question)));
  if (conversationId) ctx.conversations.add(conversationId, { question: answer.question, answer: answer.text, language: answer.language });
  const outcome = { found: answer.found, mode: answer.mode, citations: answer.citations.length, conversationId };
  ctx.logger.info({ ...logContext(source), ...outcome }, 'answered');
  return answer;
}

/** Successive versions of one answer, shown in one place. */
interface ReplaceableReply {
  /** Shows `reply` in place of the previous version; returns the last message sent. */
  show(reply: Reply): Promise<Message | undefined>;
  /** Removes what was shown, if anything. */
  retract(): Promise<void>;
}

/** The deferred reply of an interaction is edited each time; a message gets a reply on the first call, which later calls edit. */
function replaceableReply(source: QuestionSource): ReplaceableReply {
  let shown: Message | undefined;
  return {
    show: async (reply) => (shown = source instanceof Message && shown ? await editMessage(shown, reply) : await respond(source, reply)),
    retract: async () => {
      if (shown) await (source instanceof Message ? shown.delete() : source.deleteReply());
    },
  };
}

/**
 * Opens a thread on the answer in a text channel; returns its id, or undefined where threads are
 * not possible. `answer` is the answer's last message: the one with the "New question" button, which
 * forgets the conversation of the thread opened on its own message.
 */
async function openThread(ctx: DiscordContext, source: QuestionSource, answer: Message, question: string): Promise<string | undefined> {
  const type = answer.channel?.type;
  if (type !== ChannelType.GuildText && type !== ChannelType.GuildAnnouncement) return undefined;
  try {
    // Archived after an idle hour (the conversation is forgotten after 30 minutes anyway); a new message reopens it.
    const name = truncate(question.replace(/\s+/g, ' '), MAX_THREAD_NAME);
    const thread = await answer.startThread({ name, autoArchiveDuration: ThreadAutoArchiveDuration.OneHour });
    return thread.id;
  } catch (err) {
    // Missing permission or a thread already there: the answer stands, only follow-ups lose their history.
    ctx.logger.warn({ ...logContext(source), err }, 'could not open a thread on the answer');
    return undefined;
  }
}
