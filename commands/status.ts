import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { assertManager } from '../src/discord/access.js';
import { bilingual, languageOption, type Command } from '../src/discord/command.js';
import { statusReply } from '../src/discord/embeds.js';
import { interactionLanguage } from '../src/discord/language.js';
import { respond } from '../src/discord/respond.js';
import { statusInfo, statusText } from '../src/discord/status.js';

/** `/status [language]` (server managers) — what the bot knows and how it runs. */
export default {
  data: () =>
    bilingual(new SlashCommandBuilder().setName('status'), 'Articles, index and uptime (managers)', 'Artikujt, indeksi, koha e punës (menaxherët)')
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
      .setContexts(InteractionContextType.Guild)
      .addStringOption(languageOption),
  async execute(interaction, ctx) {
    assertManager(interaction);
    const language = interactionLanguage(interaction);
    await respond(interaction, statusReply(statusText(statusInfo(ctx, interaction.client), language), language));
  },
} satisfies Command;
