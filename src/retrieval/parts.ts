import type { Confidence } from '../answer/types.js';
import type { Language } from '../errors.js';
import { detectLanguage } from '../text/language.js';
import { fold } from '../text/normalize.js';
import { wordSetsOnce } from '../text/word-lists.js';
import { analyzeQuery, questionWordsOf, type QueryConcept } from './query.js';
import type { Retrieval, RetrievedPassage } from './retriever.js';

/** One question of a message that asks several ("What's the movie about, and how much did it cost?"). */
export interface QuestionPart {
  /** The part as the asker wrote it, made a question of its own ("How much did it cost?"), as shown in answers. */
  text: string;
  /** What is searched for it: its text, with the first part's words when it names nothing of its own ("…cost? movie"). */
  search: string;
}

/** A part's own retrieval: its answer kind and refusal checks are its own. */
export interface PartRetrieval {
  part: QuestionPart;
  retrieval: Retrieval;
}

/** At most this many parts are answered; a longer enumeration of questions is answered as one. */
const MAX_PARTS = 3;

const partWordsOf = wordSetsOnce('question-parts.tsv', ['between', 'pronoun', 'before-and', 'even', 'preposition']);

interface Token {
  /** Folded, without an English clitic ("what's" → "what"). */
  word: string;
  start: number;
  end: number;
}

/** Words and the commas and semicolons between them, folded, with where each stands in the question. */
function tokensOf(question: string): Token[] {
  return [...question.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[,;]/gu)].map((m) => ({
    word: fold(m[0]).replace(/['’].*$/, ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** A piece of the question made a question of its own: no leading conjunction or comma, a capital first, a question mark last. */
function asQuestion(text: string): string {
  const { and } = questionWordsOf();
  let trimmed = text.trim().replace(/^[,;]\s*/, '');
  const first = trimmed.match(/^[\p{L}]+/u)?.[0];
  if (first && and.has(fold(first))) trimmed = trimmed.slice(first.length).trim();
  trimmed = trimmed.replace(/[\s,;:?!.]+$/u, '');
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}?`;
}

/**
 * Cuts a question into the questions it asks (each shown as {@link shown} says): at a conjunction or comma followed by a question word
 * ("…, and how much did it cost?", "…dhe sa ka kushtuar?"), when what comes before asks something itself
 * (a question word, or a clause opening with a yes-or-no word: "Is there a museum, and what is in it?");
 * and two question words over one clause ("Kur dhe ku bëhet varrimi?") into one question each. Not cut:
 * "the gap between what… and what…", "si dhe" (as well as), a list of nouns, a lead-in that asks nothing
 * ("My son wants to teach, what average does he need?"). A part that names nothing of its own ("…and how
 * much did it cost?", "…and why?") is searched with the first part's words. One part when nothing is cut, or when
 * it would make more than {@link MAX_PARTS}.
 */
export function splitQuestion(question: string, language: Language = detectLanguage(question)): QuestionPart[] {
  const { and, question: questionWords } = questionWordsOf();
  const yesNo = questionWordsOf()[`yes-no-${language}`];
  const { between, 'before-and': beforeAnd, even, preposition } = partWordsOf();
  const tokens = tokensOf(question);
  const isQuestionWord = (i: number) => {
    const word = tokens[i]?.word;
    if (word === undefined || !questionWords.has(word)) return false;
    // "si dhe" is "as well as"; "Si dhe kur…?" still asks two things.
    return !(beforeAnd.has(word) && and.has(tokens[i + 1]?.word ?? '') && !questionWords.has(tokens[i + 2]?.word ?? ''));
  };

  // Two question words over one clause: each asks it.
  const pair = tokens.findIndex((_, i) => isQuestionWord(i) && and.has(tokens[i + 1]?.word ?? '') && isQuestionWord(i + 2));
  if (pair >= 0) {
    const [first, second] = [tokens[pair]!, tokens[pair + 2]!];
    const without = (from: number, to: number) => `${question.slice(0, from)}${question.slice(to)}`;
    return [without(first.end, second.end), without(first.start, second.start)].map(asQuestion).map((text) => ({ text: shown(text), search: text }));
  }

  // A clause asks when it holds a question word or opens (or a comma-separated piece of it opens) with a yes-or-no word.
  const asks = (from: number, to: number) =>
    tokens.slice(from, to).some((t, k) => isQuestionWord(from + k) || (yesNo.has(t.word) && (k === 0 || tokens[from + k - 1]!.word === ',')));
  const cuts: number[] = [];
  let partStart = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (!isQuestionWord(i)) continue;
    // "…, and in which race?": a preposition may come before the question word.
    const opener = preposition.has(tokens[i - 1]!.word) ? i - 1 : i;
    const before = tokens[opener - 1]?.word ?? '';
    const joined = (and.has(before) && !even.has(before)) || before === ',' || before === ';';
    if (!joined || opener < 1) continue;
    // The cut falls before the conjunction or comma (", and what…": the comma ends the part, as asQuestion trims it).
    const cut = opener - 1;
    if (cut <= partStart || !asks(partStart, cut)) continue;
    if (and.has(before) && tokens.slice(partStart, cut).some((t) => between.has(t.word))) continue;
    cuts.push(cut);
    partStart = opener;
  }
  if (cuts.length === 0 || cuts.length >= MAX_PARTS) return [{ text: question, search: question }];

  const bounds = [0, ...cuts.map((c) => tokens[c]!.start), question.length];
  const texts = bounds.slice(0, -1).map((from, k) => asQuestion(question.slice(from, bounds[k + 1])));
  const first = analyzeQuery(texts[0]!, language).concepts;
  const firstWords = first.map((c) => c.source);
  const firstNames = first.filter((c) => c.isName).map((c) => c.source);
  return texts.map((text, k) => {
    if (k === 0) return { text: shown(text), search: text };
    const own = analyzeQuery(text, language).concepts;
    if (namesNothingOfItsOwn(text, own)) return { text: shown(text), search: `${text} ${firstWords.join(' ')}` };
    return { text: shown(text), search: own.some((c) => c.isName) || firstNames.length === 0 ? text : `${text} ${firstNames.join(' ')}` };
  });
}

/**
 * A part as the answer shows it: one written all in capitals is not shouted back ("WHEN DID THE FIRE
 * START?" → "When did the fire start?"); it is searched as written, whose capitals may mark names.
 */
function shown(part: string): string {
  if (/\p{Ll}/u.test(part) || !/\p{Lu}.*\p{Lu}/u.test(part)) return part;
  const lower = part.toLowerCase();
  return `${lower.charAt(0).toUpperCase()}${lower.slice(1)}`;
}

/** Does a later part lean on the first for what it is about: no name, and a pronoun or at most one thing it mentions? */
function namesNothingOfItsOwn(part: string, concepts: readonly QueryConcept[]): boolean {
  if (concepts.some((c) => c.isName)) return false;
  const { pronoun } = partWordsOf();
  return concepts.length <= 1 || tokensOf(part).some((t) => pronoun.has(t.word));
}

/** Reciprocal-rank constant of the fusion of the parts' rankings with the whole question's. */
const FUSION_K = 3;
/**
 * How much more the whole question's ranking weighs than a part's, when the whole is answered: the ¶ that
 * answers both parts together is often the one the pooled words find, and a part alone ranks no better.
 */
const WHOLE_WEIGHT = 3;

/**
 * One retrieval for a question of several parts, each retrieved on its own. When no part is answered,
 * the whole question's retrieval, as a question of one part (refused or not, as it always was). A whole
 * question refused for what only one part asks does not refuse the others: a name in no article refuses the
 * parts that name it (or are searched with it), and two parts may each be answered from an article of its own
 * though no article names all the question's names.
 * Otherwise found, with high confidence only when every part is answered with high confidence; its
 * passages are the union of the answered parts' and the whole question's, fused by reciprocal rank
 * (a passage that several rankings put high comes first), then the closest passages of the refused parts;
 * its query is the first answered part's.
 */
export function combineParts(parts: readonly PartRetrieval[], whole: Retrieval): Retrieval {
  const answered = parts.filter((p) => p.retrieval.found);
  if (answered.length === 0) return whole;
  const refused = parts.filter((p) => !p.retrieval.found);
  const score = new Map<RetrievedPassage['paragraph'], { passage: RetrievedPassage; score: number }>();
  // A refused whole question's ranking is only its closest passages.
  const rankings = [...answered.map((p) => ({ ranking: p.retrieval.passages, weight: 1 })), { ranking: whole.passages, weight: whole.found ? WHOLE_WEIGHT : 0 }];
  for (const { ranking, weight } of rankings) {
    ranking.forEach((passage, rank) => {
      const entry = score.get(passage.paragraph) ?? { passage, score: 0 };
      entry.score += weight / (FUSION_K + rank + 1);
      score.set(passage.paragraph, entry);
    });
  }
  const fused = [...score.values()].sort((a, b) => b.score - a.score).map((e) => e.passage);
  // Each ¶ once: two refused parts' rankings hold the same ¶ as passages of their own.
  const listed = new Set<RetrievedPassage['paragraph']>(score.keys());
  const closest: RetrievedPassage[] = [];
  for (const passage of interleave(refused.map((p) => p.retrieval.passages))) {
    if (listed.has(passage.paragraph)) continue;
    listed.add(passage.paragraph);
    closest.push(passage);
  }
  const confidence: Confidence = refused.length === 0 && parts.every((p) => p.retrieval.confidence === 'high') ? 'high' : 'low';
  return { ...answered[0]!.retrieval, passages: [...fused, ...closest], found: true, confidence, parts: [...parts] };
}

/** The lists' first items, then their second items…, in the lists' order. */
function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(0, ...lists.map((l) => l.length)); i++) for (const list of lists) if (i < list.length) out.push(list[i]!);
  return out;
}
