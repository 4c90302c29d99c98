import {
  InteractionContextType,
  SlashCommandBuilder,
  type APIApplicationCommandOptionChoice,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type LocalizationMap,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandStringOption,
} from 'discord.js';
import type { Article } from '../article/article.js';
import type { BotContext } from '../context.js';
import type { ArticleScope } from '../index/live-index.js';
import type { FeedbackStore } from '../feedback/store.js';
import type { InFlight } from '../ops/shutdown.js';
import type { Conversations } from './conversations.js';
import { ADMIN_PERMISSION } from './admin.js';
import { respondChoices } from './respond.js';

/** What Discord handlers are given: the core context plus the bot's conversation memory, reader feedback and work in progress. */
export interface DiscordContext extends BotContext {
  conversations: Conversations;
  /** Counters for `/status`, since the bot started. */
  stats: { startedAt: number; answersServed: number };
  /** Votes on answers; `feedback.totals()` is what `/stats`, `/status` and metrics read. */
  feedback: FeedbackStore;
  /** Answers and commands running now: a shutdown lets them finish (see src/ops/shutdown.ts). */
  inFlight: InFlight;
}

/** A slash command definition as built with `SlashCommandBuilder`. */
export interface CommandDefinition {
  readonly name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/** One slash command: a file in `commands/` with `export default { data, execute } satisfies Command`. */
export interface Command {
  /** The definition registered with Discord; given the newest article at registration (no command needs it now that articles change while the bot runs). */
  data(article: Article): CommandDefinition;
  /** Set when the command answers questions: the per-user cooldown and the concurrency cap then apply. */
  rateLimited?: boolean;
  execute(interaction: ChatInputCommandInteraction, ctx: DiscordContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: DiscordContext): Promise<void>;
}

const MAX_DESCRIPTION = 100;
/** English clients see English only; every other locale (Discord has no Albanian one) sees both languages. */
const englishOnly = (en: string): LocalizationMap => ({ 'en-US': en, 'en-GB': en });

interface Describable {
  setDescription(description: string): unknown;
  setDescriptionLocalizations(localizations: LocalizationMap | null): unknown;
}

/** Describes a command or option in English and Albanian (both in the default text when they fit Discord's 100 characters). */
export function bilingual<T extends Describable>(builder: T, en: string, sq: string): T {
  const both = `${en} · ${sq}`;
  builder.setDescription(both.length <= MAX_DESCRIPTION ? both : en);
  builder.setDescriptionLocalizations(englishOnly(en));
  return builder;
}

/** A string choice named in both languages. */
export function bilingualChoice(value: string, en: string, sq: string): APIApplicationCommandOptionChoice<string> {
  return { name: `${en} · ${sq}`, value, name_localizations: englishOnly(en) };
}

/** The optional `language` option of commands whose reply has no typed text to take the language from. */
export function languageOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return bilingual(option.setName('language'), 'Language of the reply', 'Gjuha e përgjigjes').addChoices(
    { name: 'English', value: 'en' },
    { name: 'Shqip', value: 'sq' },
  );
}

/** The optional `article` option (autocomplete on title and date); without it the command uses every article, or the newest. */
export function articleOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return bilingual(option.setName('article'), 'Which article (default: best match or newest)', 'Cili artikull (ose: më i afërti, më i riu)')
    .setAutocomplete(true)
    .setMaxLength(100);
}

/** The article the user picked with the `article` option, or undefined; an unknown one is a polite `UserError`. */
export function pickedArticle(interaction: ChatInputCommandInteraction | AutocompleteInteraction, ctx: BotContext): ArticleScope | undefined {
  const ref = interaction.options.getString('article');
  return ref ? ctx.library.current.scope(ref) : undefined;
}

/** Suggestions for the `article` option while it is typed. */
export async function autocompleteArticle(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await respondChoices(interaction, ctx.library.current.catalog.choices(String(interaction.options.getFocused())));
}

/**
 * An admin command: hidden from members without Manage Server (`default_member_permissions`) and
 * offered in servers only, with the language option. Its handler calls `requireAdmin` first: a
 * server can override who sees it.
 */
export function adminCommand(name: string, en: string, sq: string) {
  return bilingual(new SlashCommandBuilder().setName(name), en, sq)
    .setDefaultMemberPermissions(ADMIN_PERMISSION)
    .setContexts(InteractionContextType.Guild)
    .addStringOption(languageOption);
}
