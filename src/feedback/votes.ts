import { UserError, type Language } from '../errors.js';
import { localized, t } from '../i18n.js';
import type { FeedbackStore, Vote } from './store.js';

const EMOJI: Record<Vote, string> = { up: '👍', down: '👎' };

/**
 * Records a click on 👍 or 👎 and returns the private confirmation. A button whose answer is not
 * on record (forged, or older than the database) and a database that cannot be written are
 * {@link UserError}s: the voter is told their vote was not counted.
 */
export function castVote(feedback: FeedbackStore, userId: string, action: { answerId: string; vote: Vote; language: Language }): string {
  const outcome = feedback.vote(action.answerId, userId, action.vote);
  const emoji = EMOJI[action.vote];
  switch (outcome) {
    case 'recorded':
      return t('voteRecorded', action.language, { emoji });
    case 'changed':
      return t('voteChanged', action.language, { emoji });
    case 'unchanged':
      return t('voteUnchanged', action.language, { emoji });
    case 'unknownAnswer':
      throw new UserError(localized('voteUnknownAnswer'));
    case 'unavailable':
      throw new UserError(localized('feedbackUnavailable'));
  }
}
