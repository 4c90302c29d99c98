import type { ButtonInteraction } from 'discord.js';
import { getParagraph } from '../answer/quote.js';
import type { Article } from '../article/article.js';
import { UserError } from '../errors.js';
import { localized, t } from '../i18n.js';
import { answerQuestion } from './answering.js';
import type { DiscordContext } from './command.js';
import { castVote } from '../feedback/votes.js';
import { conversationOf } from './conversations.js';
import type { ButtonAction } from './custom-ids.js';
import { articlesReply, paragraphReply } from './embeds.js';
import { respond, updateMessage } from './respond.js';

/**
 * The quote `[marker]` of an answer as its message lists it ("[1] ¶3 — «…»"), without the markdown
 * escapes and the "…" of an excerpt; undefined when the message does not list it.
 */
export function quotedExcerpt(embeds: readonly { description?: string | null }[], marker: number): string | undefined {
  const line = new RegExp(`^\\[${marker}\\] ¶\\d+.*? — «(.+)»$`, 'm');
  for (const { description } of embeds) {
    const quote = description ? line.exec(description)?.[1] : undefined;
    if (quote) return quote.replace(/\\(.)/g, '$1').replace(/\s?…$/, '');
  }
  return undefined;
}

/**
 * Which ¶ a source button shows: the one it names while it still holds the quote; after a correction
 * moved the quote, the ¶ that holds it now (`sourceMoved`); when no ¶ holds it any more, the one it
 * names as it reads now (`sourceGone`).
 */
export function sourceParagraph(article: Article, paragraph: number, quote: string | undefined): { paragraph: number; notice?: 'sourceMoved' | 'sourceGone' } {
  if (quote === undefined || article.paragraphs[paragraph - 1]?.text.includes(quote)) return { paragraph };
  const now = article.paragraphs.find((p) => p.text.includes(quote));
  return now ? { paragraph: now.number, notice: 'sourceMoved' } : { paragraph, notice: 'sourceGone' };
}

/** Handles a click on one of the bot's buttons. */
export async function handleButton(interaction: ButtonInteraction, ctx: DiscordContext, action: ButtonAction): Promise<void> {
  switch (action.kind) {
    case 'source': {
      // A button made before the articles changed may point at one that is gone, or at a ¶ a correction changed.
      const article = ctx.library.current.catalog.find(action.articleKey);
      if (!article) throw new UserError(localized('staleButton'));
      const { paragraph, notice } = sourceParagraph(article, action.paragraph, quotedExcerpt(interaction.message.embeds, action.marker));
      const reply = paragraphReply(getParagraph(article, paragraph), action.language);
      await respond(interaction, { ...reply, ...(notice ? { content: t(notice, action.language, { paragraph }) } : {}), ephemeral: true });
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
