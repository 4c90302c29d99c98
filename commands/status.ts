import { assertManager } from '../src/discord/access.js';
import { managerCommand, type Command } from '../src/discord/command.js';
import { statusReply } from '../src/discord/embeds.js';
import { interactionLanguage } from '../src/discord/language.js';
import { respond } from '../src/discord/respond.js';
import { statusInfo, statusText } from '../src/discord/status.js';

/** `/status [language]` (server managers) — what the bot knows and how it runs. */
export default {
  data: () =>
    managerCommand('status', 'Articles, index and uptime (managers)', 'Artikujt, indeksi, koha e punës (menaxherët)'),
  async execute(interaction, ctx) {
    assertManager(interaction);
    const language = interactionLanguage(interaction);
    await respond(interaction, statusReply(statusText(statusInfo(ctx, interaction.client), language), language));
  },
} satisfies Command;
