import { SlashCommandBuilder } from 'discord.js';
import { getParagraph } from '../src/answer/quote.js';
import { bilingual, type Command } from '../src/discord/command.js';
import { paragraphReply } from '../src/discord/embeds.js';
import { interactionLanguage } from '../src/discord/language.js';
import { respond, respondChoices } from '../src/discord/respond.js';
import { fold } from '../src/text/normalize.js';

const PREVIEW_WORDS = 8;

/** `/paragraph number:` — one paragraph in full; autocomplete shows "¶n — first words…". */
export default {
  data: (article) =>
    bilingual(new SlashCommandBuilder().setName('paragraph'), 'One paragraph of the article in full', 'Një paragraf i plotë i artikullit').addIntegerOption(
      (option) =>
        bilingual(option.setName('number'), 'Paragraph number (¶)', 'Numri i paragrafit (¶)')
          .setRequired(true)
          .setMinValue(1)
          .setMaxValue(article.paragraphs.length)
          .setAutocomplete(true),
    ),
  async execute(interaction, ctx) {
    const result = getParagraph(ctx.article, interaction.options.getInteger('number', true));
    await respond(interaction, paragraphReply(result, interactionLanguage(interaction)));
  },
  async autocomplete(interaction, ctx) {
    // Discord sends what is typed so far: digits match ¶ numbers, anything else matches the text.
    const typed = fold(String(interaction.options.getFocused()).trim().replace(/^¶/, ''));
    const matching = ctx.article.paragraphs.filter((p) => (/^\d+$/.test(typed) ? String(p.number).startsWith(typed) : fold(p.text).includes(typed)));
    await respondChoices(
      interaction,
      matching.map((p) => ({ name: `¶${p.number} — ${p.text.split(/\s+/).slice(0, PREVIEW_WORDS).join(' ')}…`, value: p.number })),
    );
  },
} satisfies Command;
