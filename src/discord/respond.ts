import {
  ButtonStyle,
  ComponentType,
  Message,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  type ApplicationCommandOptionChoiceData,
  type AutocompleteInteraction,
  type MessageComponentInteraction,
  type RepliableInteraction,
  type TextBasedChannel,
} from 'discord.js';

/**
 * The one module that talks to Discord on the bot's behalf. Everything sent, replied, edited or
 * followed up goes through here, so two rules hold everywhere: nothing the bot writes can ping
 * anyone (`allowedMentions.parse` is empty), and nothing exceeds Discord's limits — long text is
 * split at paragraph, sentence or word boundaries into as many messages as needed.
 */

/** Discord's message limits (https://discord.com/developers/docs/resources/message). */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
  embedsPerMessage: 10,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
} as const;

/** A button under a reply; its click comes back as an interaction carrying `customId`. */
export interface Button {
  /** At most 100 characters, unique within a message; see custom-ids.ts. */
  customId: string;
  /** Cut to 80 characters when sent; a button with an emoji may have none. */
  label?: string;
  /** A Unicode emoji shown before the label. */
  emoji?: string;
  /** Secondary (grey) unless set. */
  style?: ButtonStyle.Primary | ButtonStyle.Secondary;
}

/** What the bot wants to say, before it is fitted to Discord's limits. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  /** Laid out in rows of five under the last message. */
  buttons?: Button[];
  /** Only the user sees it. Interactions only: a reply to a message cannot be ephemeral. */
  ephemeral?: boolean;
}

/** One message body that Discord accepts as is. */
export interface MessageBody {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowedMentions: { parse: [] };
}

/** Nobody is pinged by anything the bot writes, whatever the text contains (@everyone, roles, users). */
const NO_PINGS: { parse: [] } = { parse: [] };

/**
 * Cut points, best first: a blank line, a line break, a sentence end with the `[n]` citation markers
 * that follow it (a marker belongs to the sentence before it), a space. The cut goes at the end of the match.
 */
const BOUNDARIES = [/(?=\n[ \t]*\n)/g, /(?=\n)/g, /[.!?…]["'»”’)\]]*(?:[ \t]*\[\d+\])*(?=\s)/g, /(?=\s)/g];

/** Splits text into pieces of at most `max` characters, cutting at the best boundary that keeps pieces at least half full. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = cutPoint(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

function cutPoint(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  for (const boundary of BOUNDARIES) {
    let best = 0;
    for (const match of window.matchAll(boundary)) {
      const end = match.index + match[0].length;
      if (end <= max) best = end;
    }
    if (best >= max / 2) return best;
  }
  // No boundary in reach (one giant word): cut hard, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** Shortens text to at most `max` characters at a word boundary, marking the cut with "…". */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${splitText(text, max - 1)[0] ?? ''}…`;
}

function embedSize(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + fields;
}

function clampField(field: APIEmbedField): APIEmbedField {
  return { ...field, name: truncate(field.name, LIMITS.fieldName), value: truncate(field.value, LIMITS.fieldValue) };
}

/**
 * Cuts one embed into as many as its text needs: the title goes on the first, the footer on the
 * last, and the description and fields continue across them, each embed within every limit.
 */
function splitEmbed(embed: APIEmbed): APIEmbed[] {
  const { title, description, fields = [], footer, ...style } = embed;
  const head = title ? { title: truncate(title, LIMITS.title) } : {};
  const foot = footer ? { footer: { ...footer, text: truncate(footer.text, LIMITS.footer) } } : {};
  // Budget each piece as if it carried both the title and the footer: simple and always safe.
  const room = LIMITS.embedTotal - (head.title?.length ?? 0) - (foot.footer?.text.length ?? 0);
  const pieces: APIEmbed[] = splitText(description ?? '', Math.min(LIMITS.description, room)).map((d) => ({ ...style, description: d }));
  for (const field of fields.map(clampField)) {
    let last = pieces.at(-1);
    const full = last && ((last.fields?.length ?? 0) >= LIMITS.fields || embedSize(last) + field.name.length + field.value.length > room);
    if (!last || full) pieces.push((last = { ...style }));
    (last.fields ??= []).push(field);
  }
  if (pieces.length === 0) pieces.push({ ...style });
  Object.assign(pieces[0]!, head);
  Object.assign(pieces.at(-1)!, foot);
  return pieces;
}

/** Groups embeds into messages of at most ten embeds and 6,000 characters. */
function packEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  const groups: APIEmbed[][] = [];
  let size = 0;
  for (const embed of embeds) {
    const current = groups.at(-1);
    if (!current || current.length >= LIMITS.embedsPerMessage || size + embedSize(embed) > LIMITS.embedTotal) {
      groups.push([embed]);
      size = embedSize(embed);
    } else {
      current.push(embed);
      size += embedSize(embed);
    }
  }
  return groups;
}

function buttonRows(buttons: readonly Button[]): MessageBody['components'] {
  const fitting = buttons.slice(0, LIMITS.buttonsPerRow * LIMITS.rows);
  const rows: MessageBody['components'] = [];
  for (let i = 0; i < fitting.length; i += LIMITS.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: fitting.slice(i, i + LIMITS.buttonsPerRow).map((b) => ({
        type: ComponentType.Button,
        style: b.style ?? ButtonStyle.Secondary,
        custom_id: b.customId,
        ...(b.label ? { label: truncate(b.label, LIMITS.buttonLabel) } : {}),
        ...(b.emoji ? { emoji: { name: b.emoji } } : {}),
      })),
    });
  }
  return rows;
}

/**
 * Turns a reply into message bodies Discord accepts: text first (split at 2,000 characters),
 * then the embeds (split and packed), with the buttons under the last message.
 */
export function toMessages(reply: Reply): MessageBody[] {
  const bodies: MessageBody[] = splitText(reply.content ?? '', LIMITS.content).map((content) => ({
    content,
    embeds: [],
    components: [],
    allowedMentions: NO_PINGS,
  }));
  packEmbeds((reply.embeds ?? []).flatMap(splitEmbed)).forEach((embeds, i) => {
    const last = bodies.at(-1);
    if (i === 0 && last) last.embeds = embeds;
    else bodies.push({ embeds, components: [], allowedMentions: NO_PINGS });
  });
  if (bodies.length === 0) bodies.push({ embeds: [], components: [], allowedMentions: NO_PINGS });
  bodies.at(-1)!.components = buttonRows(reply.buttons ?? []);
  return bodies;
}

/** An edit replaces the whole message: a streamed text preview must not survive under the final embed. */
function asEdit(body: MessageBody): MessageBody & { content: string } {
  return { ...body, content: body.content ?? '' };
}

/** Sends each body to the channel; returns the last message sent. */
async function sendToChannel(channel: TextBasedChannel, bodies: readonly MessageBody[]): Promise<Message | undefined> {
  if (bodies.length === 0) return undefined;
  if (!channel.isSendable()) throw new Error(`cannot send to channel ${channel.id}`);
  let last: Message | undefined;
  for (const body of bodies) last = await channel.send(body);
  return last;
}

/** Sends each body as a follow-up of the interaction; returns the last message sent. */
async function followUps(interaction: RepliableInteraction, bodies: readonly MessageBody[], flags: number | undefined): Promise<Message | undefined> {
  let last: Message | undefined;
  for (const body of bodies) last = await interaction.followUp({ ...body, flags });
  return last;
}

/** Acknowledges an interaction at once, so the answer may take longer than Discord's 3-second deadline. */
export async function defer(interaction: RepliableInteraction): Promise<void> {
  await interaction.deferReply();
}

/**
 * Sends `reply` in answer to an interaction or a message and returns the last message sent (the
 * one with the buttons). A deferred interaction's first part replaces its "thinking…" placeholder
 * (so calling this again replaces it again: that is how a streamed answer is updated); further
 * parts are follow-ups. A private reply never replaces a public placeholder: see {@link replyPrivately}.
 * A message gets a reply that does not ping its author, and further parts in the same channel.
 * Errors and refusals are sent this way too, privately (a reply to a message cannot be private).
 */
export async function respond(to: RepliableInteraction | Message, reply: Reply): Promise<Message | undefined> {
  const [first, ...rest] = toMessages(reply);
  if (to instanceof Message) {
    const sent = await to.reply({ ...first!, allowedMentions: { ...NO_PINGS, repliedUser: false } });
    return (await sendToChannel(to.channel, rest)) ?? sent;
  }
  if (to.deferred && reply.ephemeral && !to.ephemeral) return replyPrivately(to, reply);
  const flags = reply.ephemeral ? MessageFlags.Ephemeral : undefined;
  let sent: Message | undefined;
  if (to.deferred) sent = await to.editReply(asEdit(first!));
  else if (to.replied) sent = await to.followUp({ ...first!, flags });
  else sent = (await to.reply({ ...first!, flags, withResponse: true })).resource?.message ?? undefined;
  return (await followUps(to, rest, flags)) ?? sent;
}

/**
 * A private reply to an interaction deferred in public: the "thinking…" placeholder cannot become
 * private, so it is removed and the reply follows privately. A placeholder that cannot be removed
 * (Discord failed; the REST log shows why) shows the reply instead, rather than "thinking…" forever.
 */
async function replyPrivately(to: RepliableInteraction, reply: Reply): Promise<Message | undefined> {
  if (!to.replied) {
    const removed = await to.deleteReply().then(() => true, () => false);
    if (!removed) return respond(to, { ...reply, ephemeral: false });
  }
  return followUps(to, toMessages(reply), MessageFlags.Ephemeral);
}

/** Replaces a message the bot sent (a streamed reply to a message) with `reply`; extra parts follow in the channel. Returns the last message. */
export async function editMessage(message: Message, reply: Reply): Promise<Message> {
  const [first, ...rest] = toMessages(reply);
  const edited = await message.edit(asEdit(first!));
  return (await sendToChannel(message.channel, rest)) ?? edited;
}

/** Answers an autocomplete request with at most 25 choices of at most 100 characters. */
export async function respondChoices(
  interaction: AutocompleteInteraction,
  choices: readonly ApplicationCommandOptionChoiceData<string | number>[],
): Promise<void> {
  await interaction.respond(choices.slice(0, LIMITS.choices).map((c) => ({ ...c, name: truncate(c.name, LIMITS.choiceName) })));
}

/** Shows "Bot is typing…" while a reply to a message is being written. */
export async function showTyping(channel: TextBasedChannel): Promise<void> {
  if (channel.isSendable()) await channel.sendTyping();
}

/**
 * Replaces the message a button is on with `reply` (a page of a list turned by its buttons). Only
 * one message can be replaced: replies given this way are built to fit one.
 */
export async function updateMessage(interaction: MessageComponentInteraction, reply: Reply): Promise<void> {
  const [first] = toMessages(reply);
  await interaction.update(asEdit(first!));
}
