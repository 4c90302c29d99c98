import type { Message } from 'discord.js';
import { UserError } from '../errors.js';
import { localized } from '../i18n.js';
import { AnswerGuard, isAllowedChannel } from './access.js';
import { answerQuestion } from './answering.js';
import type { DiscordContext } from './command.js';
import { helpReply } from './embeds.js';
import { reportError } from './errors.js';
import { questionLanguage } from './language.js';
import { respond } from './respond.js';

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
 * (this one included: Discord echoes its own messages), is ignored. Never rejects.
 */
export async function handleMessage(message: Message, ctx: DiscordContext, guard: AnswerGuard): Promise<void> {
  if (message.author.bot || message.system) return;
  const botId = message.client.user.id;
  const channel = message.channel;
  const inConversation = channel.isDMBased() || (channel.isThread() && channel.ownerId === botId);
  const roleId = message.guild?.roles.botRoleFor(botId)?.id;
  const mentioned = message.mentions.users.has(botId) || (roleId !== undefined && message.mentions.roles.has(roleId));
  if (!inConversation && !mentioned) return;

  const question = stripBotMentions(message.content, botId, roleId);
  const language = questionLanguage(question, message, ctx.conversations) ?? 'en';
  try {
    if (!isAllowedChannel(ctx.config.discord.allowedChannelIds, message)) throw new UserError(localized('channelNotAllowed'));
    if (!ctx.inFlight.accepting) throw new UserError(localized('restarting'));
    if (HELP_REQUEST.test(question)) {
      await respond(message, helpReply(language, ctx.article.title));
      return;
    }
    await ctx.inFlight.run(() => guard.run(message.author.id, () => answerQuestion(ctx, message, question)));
  } catch (error) {
    await reportError(message, error, ctx.logger, language);
  }
}
