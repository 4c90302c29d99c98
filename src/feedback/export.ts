import type { ExportedVote } from './store.js';

/** Votes as JSON Lines: one object per vote with `question`, `vote`, `article`, `paragraphs`, `mode` and `at`. */
export function toJsonLines(votes: readonly ExportedVote[]): string {
  return votes.map((v) => `${JSON.stringify({ question: v.question, vote: v.vote, article: v.article, paragraphs: v.paragraphs, mode: v.mode, at: v.at })}\n`).join('');
}

const QUESTION_WIDTH = 60;

/** Votes as a table for reading in a terminal, oldest first; long questions are cut. */
export function toTable(votes: readonly ExportedVote[]): string {
  if (votes.length === 0) return 'No votes yet.\n';
  const rows = votes.map((v) => [
    v.at.slice(0, 16).replace('T', ' '),
    v.vote,
    v.mode,
    v.article,
    v.paragraphs.join(',') || '–',
    v.question.length > QUESTION_WIDTH ? `${v.question.slice(0, QUESTION_WIDTH - 1)}…` : v.question,
  ]);
  const table = [['at (UTC)', 'vote', 'mode', 'article', '¶', 'question'], ...rows];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const up = votes.filter((v) => v.vote === 'up').length;
  const lines = table.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '));
  return `${lines.join('\n')}\n\n${votes.length} votes: ${up} up, ${votes.length - up} down.\n`;
}
