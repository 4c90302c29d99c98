import type { Message } from 'discord.js';
import type { Language } from '../errors.js';
import { AnswerGuard, isAllowedChannel, Refusal } from './access.js';
import { answerQuestion } from './answering.js';
import type { DiscordContext } from './command.js';
import { helpReply } from './embeds.js';
import { logContext, reportError } from './errors.js';
import { questionLanguage } from './language.js';
import { respond } from './respond.js';

/** The reaction that says "wait" to a question the cooldown or the concurrency cap refused. */
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
    if (HELP_REQUEST.test(question)) {
      await respond(message, helpReply(language, ctx.article.title));
      return;
    }
    await guard.run(message.author.id, () => answerQuestion(ctx, message, question));
  } catch (error) {
    if (error instanceof Refusal) await refuseQuietly(message, error, ctx, guard, language);
    else await reportError(message, error, ctx.logger, language);
  }
}

/**
 * Says "wait" to a refused message without adding to the channel: a ⏳ reaction on it. Where the
 * bot may not react, the refusal is sent as a reply, at most once per user per refusal window;
 * further refusals in the window are only logged. So 20 quick mentions get one answer, not 19 notices.
 */
async function refuseQuietly(message: Message, refusal: Refusal, ctx: DiscordContext, guard: AnswerGuard, language: Language): Promise<void> {
  const where = { ...logContext(message), reason: refusal.message };
  try {
    await message.react(WAIT_REACTION);
    ctx.logger.debug(where, 'refused a message with a reaction');
    return;
  } catch (err) {
    ctx.logger.debug({ ...where, err }, 'could not react to a refused message');
  }
  if (guard.mayNotify(message.author.id)) await reportError(message, refusal, ctx.logger, language);
  else ctx.logger.debug(where, 'refused a message silently: the user was told once in this window');
}
