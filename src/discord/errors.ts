import { Message, type Interaction, type RepliableInteraction } from 'discord.js';
import { UserError, type Language } from '../errors.js';
import { t } from '../i18n.js';
import type { Logger } from '../logger.js';
import { respond } from './respond.js';

/** Who and where, for log lines: ids only, never message text or tokens. */
export function logContext(source: Interaction | Message): Record<string, string | undefined> {
  const where = { guildId: source.guildId ?? undefined, channelId: source.channelId ?? undefined };
  if (source instanceof Message) return { event: 'message', messageId: source.id, userId: source.author.id, ...where };
  const command =
    source.isCommand() || source.isAutocomplete() ? source.commandName
    : source.isButton() ? `button:${source.customId.split(':')[0]}`
    : undefined;
  return { command, userId: source.user.id, ...where };
}

/**
 * The one place a failed interaction or message ends up. A {@link UserError} is shown to the user
 * in their language (privately for interactions); anything else is a bug, logged in full, and
 * the user gets a generic apology. If even that cannot be sent (the interaction expired, Discord
 * is failing), it is logged and dropped: a failed reply never takes the bot down.
 */
export async function reportError(source: RepliableInteraction | Message, error: unknown, logger: Logger, language: Language): Promise<void> {
  const where = logContext(source);
  if (error instanceof UserError) logger.debug({ ...where, reason: error.message }, 'refused with a user error');
  else logger.error({ ...where, err: error }, 'failed to handle a Discord event');
  const text = error instanceof UserError ? error.in(language) : t('genericError', language);
  try {
    await respond(source, { content: text, ephemeral: true });
  } catch (replyError) {
    logger.warn({ ...where, err: replyError }, 'could not tell the user about the error');
  }
}
