import { UserError } from '../src/errors.js';
import { localized } from '../src/i18n.js';
import { requireAdmin } from '../src/discord/admin.js';
import { adminCommand, type Command } from '../src/discord/command.js';
import { statsReply } from '../src/discord/embeds.js';
import { interactionLanguage } from '../src/discord/language.js';
import { respond } from '../src/discord/respond.js';

/** Questions listed under "most down-voted". */
const DOWN_VOTED_SHOWN = 10;

/** `/stats [language]` — admins only: vote totals and the most down-voted questions, shown privately. */
export default {
  data: () =>
    adminCommand('stats', 'Reader feedback on answers (admins)', 'Mendimet e lexuesve për përgjigjet (administratorët)'),
  execute: async (interaction, ctx) => {
    requireAdmin(interaction);
    const totals = ctx.feedback.totals();
    const downVoted = ctx.feedback.mostDownVoted(DOWN_VOTED_SHOWN);
    if (!totals || !downVoted) throw new UserError(localized('feedbackUnreadable'));
    // Titles read better than ids; an article since removed keeps its id.
    const titled = downVoted.map((q) => ({ ...q, article: ctx.articles.find((a) => a.id === q.article)?.title ?? q.article }));
    await respond(interaction, { ...statsReply(totals, titled, interactionLanguage(interaction)), ephemeral: true });
  },
} satisfies Command;
