import { ConfigError } from '../src/errors.js';
import { t } from '../src/i18n.js';
import { requireAdmin } from '../src/discord/admin.js';
import { adminCommand, type Command } from '../src/discord/command.js';
import { logContext } from '../src/discord/errors.js';
import { interactionLanguage } from '../src/discord/language.js';
import { respond } from '../src/discord/respond.js';

/**
 * `/reindex [language]` (server managers) — rebuilds the index in full in the background; the
 * bot answers from the current index meanwhile, and the admin is told privately when it is done.
 */
export default {
  data: () =>
    adminCommand('reindex', 'Rebuild the article index in the background (admins)', 'Rindërto indeksin në sfond (administratorët)'),
  async execute(interaction, ctx) {
    requireAdmin(interaction);
    const language = interactionLanguage(interaction);
    const joined = ctx.library.isRebuilding;
    const rebuild = ctx.library.rebuild();
    await respond(interaction, { content: t(joined ? 'reindexJoined' : 'reindexStarted', language), ephemeral: true });
    // The command returns at once; the outcome follows up (interaction tokens last 15 minutes).
    void rebuild
      .then(
        (report) => t('reindexDone', language, { ...report, seconds: (report.ms / 1000).toFixed(1) }),
        (err: unknown) => {
          ctx.logger.error({ ...logContext(interaction), err }, 'reindex failed');
          return t('reindexFailed', language, { reason: err instanceof ConfigError ? err.message : t('genericError', language) });
        },
      )
      .then((content) => respond(interaction, { content, ephemeral: true }))
      .catch((err: unknown) => ctx.logger.warn({ ...logContext(interaction), err }, 'could not report the end of a reindex'));
  },
} satisfies Command;
