import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import { UserError } from '../errors.js';
import { localized, t } from '../i18n.js';
import { AnswerGuard, isAllowedChannel } from './access.js';
import { handleButton } from './buttons.js';
import type { Command, DiscordContext } from './command.js';
import { decodeButton } from './custom-ids.js';
import { logContext, reportError } from './errors.js';
import { interactionLanguage } from './language.js';
import { respond, respondChoices } from './respond.js';

/**
 * Routes an interaction to its command or button handler, after the checks every one of them
 * needs: the channel is allowed, and answering work passes the cooldown and the concurrency cap.
 * Never rejects: every failure goes to {@link reportError}.
 */
export async function handleInteraction(
  interaction: Interaction,
  ctx: DiscordContext,
  commands: ReadonlyMap<string, Command>,
  guard: AnswerGuard,
): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(interaction, ctx, commands);
  if (!interaction.isChatInputCommand() && !interaction.isButton()) return; // the bot makes no menus, modals or context commands
  try {
    if (!isAllowedChannel(ctx.config.discord.allowedChannelIds, interaction)) throw new UserError(localized('channelNotAllowed'));
    if (!ctx.inFlight.accepting) throw new UserError(localized('restarting'));
    const { rateLimited, run } = interaction.isChatInputCommand() ? routeCommand(interaction, ctx, commands) : routeButton(interaction, ctx);
    // A shutdown waits for this; if it must stop waiting, a reply still "thinking…" says so.
    const notice = () => respond(interaction, { content: t('shutdownNotice', interactionLanguage(interaction)), ephemeral: !interaction.deferred });
    await ctx.inFlight.run(() => (rateLimited ? guard.run(interaction.user.id, run) : run()), notice);
  } catch (error) {
    await reportError(interaction, error, ctx.logger, interactionLanguage(interaction));
  }
}

/** What handles an interaction, and whether it answers a question (then the cooldown and the cap apply). */
interface Route {
  rateLimited: boolean;
  run: () => Promise<void>;
}

function routeCommand(interaction: ChatInputCommandInteraction, ctx: DiscordContext, commands: ReadonlyMap<string, Command>): Route {
  const command = commands.get(interaction.commandName);
  // Discord still shows commands that an older deploy registered; say so rather than fail silently.
  if (!command) throw new UserError(localized('unknownCommand', { command: `/${interaction.commandName.slice(0, 32)}` }));
  return { rateLimited: command.rateLimited === true, run: () => command.execute(interaction, ctx) };
}

function routeButton(interaction: ButtonInteraction, ctx: DiscordContext): Route {
  const action = decodeButton(interaction.customId);
  // A button this version of the bot did not make (an older one did, or it was cut short): ask again.
  if (!action) throw new UserError(localized('staleButton'));
  return { rateLimited: action.kind === 'ask', run: () => handleButton(interaction, ctx, action) };
}

/** Autocomplete cannot show errors: a failure is logged and the user sees no suggestions. */
async function autocomplete(interaction: AutocompleteInteraction, ctx: DiscordContext, commands: ReadonlyMap<string, Command>): Promise<void> {
  try {
    const command = commands.get(interaction.commandName);
    if (command?.autocomplete) await command.autocomplete(interaction, ctx);
    else await respondChoices(interaction, []);
  } catch (err) {
    ctx.logger.warn({ ...logContext(interaction), err }, 'autocomplete failed');
  }
}
