import type { Message } from 'discord.js';
import { UserError } from '../errors.js';
import { localized } from '../i18n.js';
import { AnswerGuard, isAllowedChannel, Refusal } from './access.js';
import { answerQuestion } from './answering.js';
import type { DiscordContext } from './command.js';
import { helpReply } from './embeds.js';
import { logContext, reportError } from './errors.js';
import { questionLanguage } from './language.js';
import { respond } from './respond.js';

/** The reaction that says "wait": to a question the cooldown or the concurrency cap refused, or to repeats of a message already answered with a notice. */
export const WAIT_REACTION = '⏳';

/** A message that only asks for help: nothing at all, or "help" in either language. */
const HELP_REQUEST = /^\/?(?:help|ndihm[eë])?[?!.]*$/i;

/** The question with the bot's own mentions taken out: `<@id>`, `<@!id>`, and `<@&roleId>` of its managed role if given. */
export function stripBotMentions(content: string, botId: string, roleId?: string): string {
  const mention = new RegExp(`<@!?${botId}>${roleId ? `|<@&${roleId}>` : ''}`, 'g');
  return content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Answers messages meant for the bot: a mention in a channel (of the bot, or of the role Discord
 * made for it, which the member list offers too), any DM, and any message in a thread the bot
 * opened (a follow-up, no mention needed). Everything else, and anything written by a bot
 * (this one included: Discord echoes its own messages), is ignored, and so is a mention in a
 * channel outside `ALLOWED_CHANNEL_IDS` (logged at debug level). Never rejects.
 */
export async function handleMessage(message: Message, ctx: DiscordContext, guard: AnswerGuard): Promise<void> {
  if (message.author.bot || message.system) return;
  const botId = message.client.user.id;
  const channel = message.channel;
  const inConversation = channel.isDMBased() || (channel.isThread() && channel.ownerId === botId);
  const roleId = message.guild?.roles.botRoleFor(botId)?.id;
  const mentioned = message.mentions.users.has(botId) || (roleId !== undefined && message.mentions.roles.has(roleId));
  if (!inConversation && !mentioned) return;
  if (!isAllowedChannel(ctx.config.discord.allowedChannelIds, message)) {
    // A reply here, even a refusal, is what the channel's moderators did not want.
    ctx.logger.debug(logContext(message), 'ignored a message outside ALLOWED_CHANNEL_IDS');
    return;
  }

  const question = stripBotMentions(message.content, botId, roleId);
  const language = questionLanguage(question, message, ctx.conversations) ?? 'en';
  try {
    if (!ctx.inFlight.accepting) throw new Refusal(localized('restarting'));
    if (HELP_REQUEST.test(question)) {
      await notifyOnce(message, ctx, guard, () => respond(message, helpReply(language, ctx.article.title)));
      return;
    }
    await ctx.inFlight.run(() => guard.run(message.author.id, () => answerQuestion(ctx, message, question)));
  } catch (error) {
    if (!(error instanceof UserError)) return reportError(message, error, ctx.logger, language);
    // "Wait" and "busy" are said with a reaction first: they come in bursts by nature.
    await notifyOnce(message, ctx, guard, () => reportError(message, error, ctx.logger, language), error instanceof Refusal);
  }
}

/**
 * Says something other than an answer to a message (help, a refusal, why a question cannot be
 * answered) without letting repeats flood the channel: one reply per user per cooldown window,
 * and a ⏳ reaction on the messages after it. With `reactFirst`, the reaction is tried first and
 * the reply is only the fallback of a bot that may not react. So 20 quick mentions make one
 * answer, not 19 notices.
 */
async function notifyOnce(message: Message, ctx: DiscordContext, guard: AnswerGuard, reply: () => Promise<unknown>, reactFirst = false): Promise<void> {
  if (reactFirst && (await react(message, ctx))) return;
  if (guard.mayNotify(message.author.id)) {
    await reply();
    return;
  }
  if (reactFirst || !(await react(message, ctx))) ctx.logger.debug(logContext(message), 'said nothing: the user was told once in this window');
}

/** Puts ⏳ on a message; false (logged) where the bot may not react. */
async function react(message: Message, ctx: DiscordContext): Promise<boolean> {
  try {
    await message.react(WAIT_REACTION);
    return true;
  } catch (err) {
    ctx.logger.debug({ ...logContext(message), err }, 'could not react to a message');
    return false;
  }
}
