import type { ButtonInteraction } from 'discord.js';
import { getParagraph } from '../answer/quote.js';
import { UserError } from '../errors.js';
import { localized, t } from '../i18n.js';
import { answerQuestion } from './answering.js';
import type { DiscordContext } from './command.js';
import { castVote } from '../feedback/votes.js';
import { conversationOf } from './conversations.js';
import type { ButtonAction } from './custom-ids.js';
import { articlesReply, paragraphReply } from './embeds.js';
import { respond, updateMessage } from './respond.js';

/** Handles a click on one of the bot's buttons. */
export async function handleButton(interaction: ButtonInteraction, ctx: DiscordContext, action: ButtonAction): Promise<void> {
  switch (action.kind) {
    case 'source': {
      // A button made before the articles changed may point at one that is gone.
      const article = ctx.library.current.catalog.find(action.articleKey);
      if (!article) throw new UserError(localized('staleButton'));
      await respond(interaction, { ...paragraphReply(getParagraph(article, action.paragraph), action.language), ephemeral: true });
      return;
    }
    case 'ask':
      await answerQuestion(ctx, interaction, action.question);
      return;
    case 'articles': {
      // A page that no longer exists (articles were removed) shows the last one.
      await updateMessage(interaction, articlesReply(ctx.library.current.catalog, action.page, action.language));
      return;
    }
    case 'vote':
      await respond(interaction, { content: castVote(ctx.feedback, interaction.user.id, action), ephemeral: true });
      return;
    case 'new': {
      // Under an answer in a channel, the button sits in the parent channel: the thread has the message's id.
      ctx.conversations.clear(conversationOf(interaction) ?? interaction.message.id);
      await respond(interaction, { content: t('conversationReset', action.language), ephemeral: true });
      return;
    }
  }
}
