import { requireAdmin } from '../src/discord/admin.js';
import { adminCommand, type Command } from '../src/discord/command.js';
import { statusReply } from '../src/discord/embeds.js';
import { interactionLanguage } from '../src/discord/language.js';
import { respond } from '../src/discord/respond.js';
import { statusInfo, statusText } from '../src/discord/status.js';
import { shardStatuses } from '../src/ops/shards.js';

/** `/status [language]` (server managers) — what the bot knows and how it runs. */
export default {
  data: () =>
    adminCommand('status', 'Articles, index and uptime (admins)', 'Artikujt, indeksi, koha e punës (administratorët)'),
  async execute(interaction, ctx) {
    requireAdmin(interaction);
    const language = interactionLanguage(interaction);
    const shards = await shardStatuses(interaction.client);
    await respond(interaction, statusReply(statusText(statusInfo(ctx, interaction.client, shards), language), language));
  },
} satisfies Command;
