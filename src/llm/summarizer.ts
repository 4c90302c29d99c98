import type { Article } from '../article/article.js';
import { markersIn } from '../answer/verify.js';
import type { Citation, SummaryLength } from '../answer/types.js';
import type { Language } from '../errors.js';
import type { ChatCalls } from './chat-client.js';
import { checkDraft, repeatsInstructions, type SourceDocument } from './checker.js';
import { SUMMARY_FORMAT, parseReply } from './output.js';
import { summaryInstructions, summaryMessages } from './prompts.js';

/** Articles up to this many characters are sent whole; longer ones are summarised by map-reduce. */
const SUMMARY_CHAR_BUDGET = 12_000;
/** Map-reduce rounds before giving up (each round keeps about one sentence per cited paragraph). */
const MAX_ROUNDS = 3;
const MAX_SUGGESTIONS = 3;
const MAX_SUGGESTION_LENGTH = 200;

/** A checked summary: points without markers in their text, as renderers expect. */
export interface CheckedSummary {
  points: { text: string; markers: number[] }[];
  citations: Citation[];
  suggestions: string[];
}

/** A paragraph, or excerpts of it, shown to the model under its paragraph number. */
interface SummaryDocument extends SourceDocument {
  text: string;
}

/**
 * Summarises an article with the model, every point checked like an answer. The whole article
 * goes in as numbered paragraphs while it fits `charBudget`; beyond that, groups of paragraphs
 * are summarised first (map) and only the verbatim sentences they cite go on to the final
 * summary (reduce), so the final citations still point at real paragraphs.
 * Undefined when the model's reply cannot be parsed or nothing in it could be verified; model
 * call failures are thrown.
 */
export async function summarizeArticle(
  client: ChatCalls,
  article: Article,
  length: SummaryLength,
  language: Language,
  charBudget = SUMMARY_CHAR_BUDGET,
): Promise<CheckedSummary | undefined> {
  let documents: SummaryDocument[] = article.paragraphs.map((paragraph) => ({
    id: paragraph.number,
    articleId: article.id,
    paragraph,
    text: paragraph.text,
  }));
  for (let round = 0; size(documents) > charBudget; round++) {
    if (round === MAX_ROUNDS) return undefined;
    const excerpts = new Map<number, string[]>();
    for (const group of groupsWithin(documents, charBudget)) {
      // Mapped in Albanian, the article's language: only the verified quotes are kept, so translations would be wasted.
      const partial = await writeSummary(client, group, 'detailed', 'sq', false);
      for (const c of partial?.citations ?? []) excerpts.set(c.paragraph, [...(excerpts.get(c.paragraph) ?? []), c.quote]);
    }
    const reduced = documents.filter((d) => excerpts.has(d.id)).map((d) => ({ ...d, text: excerpts.get(d.id)!.join(' … ') }));
    if (reduced.length === 0 || size(reduced) >= size(documents)) return undefined;
    documents = reduced;
  }
  const summary = await writeSummary(client, documents, length, language, language !== article.language);
  return summary && summary.points.length > 0 ? summary : undefined;
}

/** One model call over the documents, checked. */
async function writeSummary(
  client: ChatCalls,
  documents: readonly SummaryDocument[],
  length: SummaryLength,
  language: Language,
  keepTranslations: boolean,
): Promise<CheckedSummary | undefined> {
  const prompt = documents.map((d) => ({ id: d.id, paragraph: d.paragraph.number, text: d.text }));
  const draft = parseReply(await client.json(summaryMessages(length, language, prompt), SUMMARY_FORMAT), SUMMARY_FORMAT);
  if (!draft) return undefined;
  const instructions = summaryInstructions(length, language);
  // A point that recites the instructions (the article could carry an injection) is not shown.
  const points = draft.points.map((p) => p.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')).filter((p) => !repeatsInstructions(p, instructions));
  const checked = checkDraft(points, draft.citations, { documents, keepTranslations });
  return {
    points: checked.texts
      .filter((text) => text !== '')
      .map((text) => ({ text: text.replace(/\s*\[\d+\]/g, ''), markers: markersIn(text) })),
    citations: checked.citations,
    suggestions: draft.suggestions
      .map((s) => s.replace(/\[\d+\]/g, '').trim())
      .filter((s) => s !== '' && s.length <= MAX_SUGGESTION_LENGTH && !repeatsInstructions(s, instructions))
      .slice(0, MAX_SUGGESTIONS),
  };
}

function size(documents: readonly SummaryDocument[]): number {
  return documents.reduce((sum, d) => sum + d.text.length, 0);
}

/** Consecutive documents packed into groups of at most `budget` characters (a longer one alone). */
function groupsWithin(documents: readonly SummaryDocument[], budget: number): SummaryDocument[][] {
  const groups: SummaryDocument[][] = [];
  let current: SummaryDocument[] = [];
  for (const document of documents) {
    if (current.length > 0 && size(current) + document.text.length > budget) {
      groups.push(current);
      current = [];
    }
    current.push(document);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
