import { sentenceSegments, type Paragraph } from '../article/article.js';
import { isVerbatim, markersIn } from '../answer/verify.js';
import type { Citation } from '../answer/types.js';
import { indexKeys } from '../retrieval/query.js';
import { normalizeForMatch } from '../text/normalize.js';

/**
 * The checker: pure functions that decide what of a model's draft may be shown. Nothing the
 * model writes reaches a user unless it is tied to a quote that is verbatim in the article.
 */

/** A paragraph the model was shown, under the number it cites it by (`[id]`). */
export interface SourceDocument {
  id: number;
  articleId: string;
  paragraph: Paragraph;
}

/** A citation as the model wrote it: a document number, a quote and an optional translation. */
export interface DraftCitation {
  document: number;
  quote: string;
  translation?: string | null;
}

/** Something the checker removed or repaired, for logs and tests. */
export interface CheckChange {
  kind: 'unknown-document' | 'quote-replaced' | 'quote-removed' | 'uncited-text-removed';
  document?: number;
  text?: string;
}

/** A draft after checking: only supported text, markers `[1]..[k]` in order of first use. */
export interface CheckedDraft {
  /** The input texts in the same order; `''` for one with nothing left. */
  texts: string[];
  citations: Citation[];
  changes: CheckChange[];
}

/** What a draft is checked against. */
export interface CheckOptions {
  /** What the model was shown; a citation of anything else is removed. */
  documents: readonly SourceDocument[];
  /** Keep the model's translations of quotes (the asker's language is not the article's). */
  keepTranslations: boolean;
}

interface VerifiedQuote {
  document: SourceDocument;
  quote: string;
  replaced: boolean;
  translation?: string;
}

/** Quotes shorter than this many words say too little; the sentence around them is shown instead. */
const MIN_QUOTE_WORDS = 3;
/** A sentence replaces an unverifiable quote only if it contains this share of the quote's words… */
const MIN_QUOTE_RECALL = 0.5;
/** …and at least this many of them. */
const MIN_SHARED_WORDS = 2;
/** Longer "translations" are not translations of the quote (e.g. an injected essay): dropped. */
const MAX_TRANSLATION_RATIO = 3;

const MARKER = /\[(\d{1,3})\]/g;
/** `[1, 2]` or `[1,2]`: rewritten as `[1][2]` before anything else. */
const MARKER_GROUP = /\[(\d{1,3}(?:\s*,\s*\d{1,3})+)\]/g;
/** A run of markers closing a claim, with the punctuation right after it (`… [1][3].`). */
const CLAIM_END = /(?:[ \t]*\[\d{1,3}\])+[^\s\p{L}\p{N}\[]*/gu;
/** A marker still being written at the end of a streamed text. */
const UNFINISHED_MARKER = /\[[\d,\s]*$/;

/**
 * Checks a model's draft against the documents it was shown:
 * 1. a citation of a document that was not shown is removed;
 * 2. a quote verbatim in its paragraph is kept (in the article's own characters); one that is not
 *    is replaced by the paragraph's best-matching sentence, or removed when none matches;
 * 3. one quote per document is kept (a marker names one document): the first verbatim one, else
 *    the first repaired one;
 * 4. each text is cut into claims, each ending in a run of markers, and a claim into sentences: a
 *    claim left with no valid marker, every sentence before its markers but the last, and any text
 *    after the last marker are removed — every sentence shown carries its own valid marker;
 * 5. markers are renumbered 1..k in order of first use across all texts.
 */
export function checkDraft(texts: readonly string[], draftCitations: readonly DraftCitation[], options: CheckOptions): CheckedDraft {
  const changes: CheckChange[] = [];
  const verified = new Map<number, VerifiedQuote>();
  for (const citation of draftCitations) {
    const document = options.documents.find((d) => d.id === citation.document);
    if (!document) {
      changes.push({ kind: 'unknown-document', document: citation.document });
      continue;
    }
    const match = matchQuote(citation.quote, document.paragraph);
    if (!match) {
      changes.push({ kind: 'quote-removed', document: document.id, text: citation.quote });
      continue;
    }
    const previous = verified.get(document.id);
    // One quote per document: the model's own words when any of its quotes is verbatim.
    if (previous && (!previous.replaced || match.replaced)) continue;
    if (match.replaced) changes.push({ kind: 'quote-replaced', document: document.id, text: citation.quote });
    // A translation of a replaced quote translates words that are no longer shown.
    const translation = options.keepTranslations && !match.replaced ? plausibleTranslation(citation.translation, match.quote) : undefined;
    verified.set(document.id, { document, quote: match.quote, replaced: match.replaced, ...(translation ? { translation } : {}) });
  }

  const supported = texts.map((text) => keepSupportedClaims(text, new Set(verified.keys()), changes));
  const order = [...new Set(supported.flatMap(markersIn))];
  const citations: Citation[] = order.map((id, i) => {
    const { document, quote, translation } = verified.get(id)!;
    return {
      marker: i + 1,
      articleId: document.articleId,
      paragraph: document.paragraph.number,
      quote,
      ...(translation ? { translation } : {}),
    };
  });
  const renumbered = supported.map((text) => renumberMarkers(text, order));
  return { texts: renumbered, citations, changes };
}

/**
 * The article's own text for a quote the model gave for a paragraph: the quote itself when it
 * is verbatim (snapped to the article's characters when it only matches after normalising quote
 * marks and spaces), else the paragraph's sentence that best contains the quote's words, else
 * undefined. `replaced` tells whether the article text shown differs from what the model quoted.
 */
export function matchQuote(quote: string, paragraph: Paragraph): { quote: string; replaced: boolean } | undefined {
  const trimmed = quote.trim();
  if (wordSpans(trimmed).length >= MIN_QUOTE_WORDS && isVerbatim(trimmed, paragraph.text)) {
    const exact = paragraph.text.includes(trimmed) ? trimmed : snapToArticle(trimmed, paragraph.text);
    if (exact) return { quote: exact, replaced: false };
  }
  const best = bestSentence(trimmed, paragraph);
  return best === undefined ? undefined : { quote: best, replaced: normalizeForMatch(best) !== normalizeForMatch(trimmed) };
}

/**
 * What the user may see while a draft is still streaming: markers of documents that were not
 * shown are dropped, the others numbered by first use (as the checker will), and a marker still
 * being written is held back, so the preview only ever grows.
 */
export function previewText(partial: string, documentIds: ReadonlySet<number>): string {
  const text = expandMarkerGroups(partial.replace(UNFINISHED_MARKER, ''));
  const order = markersIn(text).filter((id) => documentIds.has(id));
  // Trailing spaces are held back too: a marker removed after them would take them back.
  return tidy(renumberMarkers(text, order)).trimEnd();
}

/**
 * Does `text` repeat `instructions` — a run of `runLength` consecutive words of them? Catches a
 * model talked into printing its prompt; article quotes never match because prompts hold none.
 */
export function repeatsInstructions(text: string, instructions: string, runLength = 8): boolean {
  const key = (words: string[], i: number) => words.slice(i, i + runLength).join(' ');
  const own = wordSpans(normalizeForMatch(instructions).toLowerCase()).map((w) => w.word);
  const runs = new Set(own.slice(0, Math.max(0, own.length - runLength + 1)).map((_, i) => key(own, i)));
  const seen = wordSpans(normalizeForMatch(text).toLowerCase()).map((w) => w.word);
  return seen.some((_, i) => i + runLength <= seen.length && runs.has(key(seen, i)));
}

/**
 * Splits a text into claims ending in markers, and each claim into sentences. Keeps the last
 * sentence of each claim with a valid marker (minus invalid markers); removes everything else.
 */
function keepSupportedClaims(text: string, valid: ReadonlySet<number>, changes: CheckChange[]): string {
  const remove = (uncited: string) => {
    if (/[\p{L}\p{N}]/u.test(uncited)) changes.push({ kind: 'uncited-text-removed', text: uncited.trim() });
  };
  const expanded = expandMarkerGroups(text);
  const kept: string[] = [];
  let start = 0;
  for (const end of expanded.matchAll(CLAIM_END)) {
    const body = expanded.slice(start, end.index);
    const markers = end[0];
    start = end.index + markers.length;
    if (!markersIn(markers).some((id) => valid.has(id))) {
      remove(body + markers);
      continue;
    }
    const space = /^\s*/.exec(body)![0];
    const sentences = sentenceSegments(body.slice(space.length));
    const cited = sentences.pop() ?? '';
    remove(sentences.join(''));
    kept.push(space + cited + markers.replace(MARKER, (whole, id: string) => (valid.has(Number(id)) ? whole : '')));
  }
  remove(expanded.slice(start));
  return tidy(kept.join('')).trim();
}

function expandMarkerGroups(text: string): string {
  return text.replace(MARKER_GROUP, (_, ids: string) => ids.split(',').map((id) => `[${id.trim()}]`).join(''));
}

/** Rewrites `[id]` as `[position in order + 1]`; markers not in `order` are removed. */
function renumberMarkers(text: string, order: readonly number[]): string {
  const marker = new Map(order.map((id, i) => [id, i + 1]));
  const renumbered = text.replace(MARKER, (_, id: string) => {
    const n = marker.get(Number(id));
    return n === undefined ? '' : `[${n}]`;
  });
  // `[1][1]` says nothing `[1]` does not.
  return renumbered.replace(/(\[\d+\])(?:\s*\1)+/g, '$1');
}

/** Repairs the spacing that removing markers leaves behind. */
function tidy(text: string): string {
  return text.replace(/[ \t]+([.,;:!?])/g, '$1').replace(/[ \t]{2,}/g, ' ');
}

/** Words with their positions (letters and digits; apostrophes and quote marks split words). */
function wordSpans(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * The paragraph's own characters for a quote that matches it only after normalising quote marks
 * and spacing: the span from the quote's first word to its last, found by word sequence.
 */
function snapToArticle(quote: string, text: string): string | undefined {
  const wanted = wordSpans(quote).map((w) => w.word);
  const found = wordSpans(text);
  for (let i = 0; i + wanted.length <= found.length; i++) {
    if (wanted.every((word, j) => found[i + j]!.word === word)) return text.slice(found[i]!.start, found[i + wanted.length - 1]!.end);
  }
  return undefined;
}

/**
 * The sentence of the paragraph that contains most of the quote's content words (stemmed, so
 * inflected forms count), if it contains enough of them; ties go to the tighter sentence.
 */
function bestSentence(quote: string, paragraph: Paragraph): string | undefined {
  const wanted = new Set(indexKeys(quote));
  if (wanted.size === 0) return undefined;
  let best: { text: string; shared: number; dice: number } | undefined;
  for (const sentence of paragraph.sentences) {
    const keys = new Set(indexKeys(sentence.text));
    const shared = [...wanted].filter((k) => keys.has(k)).length;
    const dice = (2 * shared) / (wanted.size + keys.size);
    if (!best || shared > best.shared || (shared === best.shared && dice > best.dice)) best = { text: sentence.text, shared, dice };
  }
  if (!best || best.shared < Math.min(MIN_SHARED_WORDS, wanted.size) || best.shared / wanted.size < MIN_QUOTE_RECALL) return undefined;
  return best.text;
}

function plausibleTranslation(translation: string | null | undefined, quote: string): string | undefined {
  const text = translation?.trim();
  if (!text || text.length > quote.length * MAX_TRANSLATION_RATIO) return undefined;
  return text.replace(MARKER, '').trim() || undefined;
}
