import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { UserError } from '../errors.js';
import { localized } from '../i18n.js';

/** What admin commands need: Manage Server. Set as their `default_member_permissions`, and checked when they run. */
export const ADMIN_PERMISSION = PermissionFlagsBits.ManageGuild;

/**
 * Refuses (with a {@link UserError}) anyone without {@link ADMIN_PERMISSION} in the server the
 * command was run in. `default_member_permissions` only hides a command: a server can grant it to
 * anyone in its integration settings, so the bot checks again.
 */
export function requireAdmin(interaction: ChatInputCommandInteraction): void {
  if (!interaction.inGuild() || !interaction.memberPermissions.has(ADMIN_PERMISSION)) throw new UserError(localized('adminOnly'));
}
