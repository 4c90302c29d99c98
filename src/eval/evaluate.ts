import { readFileSync } from 'node:fs';
import { isValidCitation, markersIn } from '../answer/verify.js';
import type { BotContext } from '../context.js';
import type { Language } from '../errors.js';
import type { Article } from '../article/article.js';
import type { Citation } from '../answer/types.js';
import type { Retrieval, RetrievedSentence } from '../retrieval/retriever.js';

/** One question of an eval set; `paragraphs` empty means no article answers it. */
export interface EvalQuestion {
  lang: Language;
  q: string;
  paragraphs: number[];
  /** Id (file stem) of the article that answers; when set, a hit needs this article as well as the ¶. */
  article?: string;
}

/** Scores of one language's answerable questions. */
export interface LanguageStats {
  answerable: number;
  hit1: number;
  hit3: number;
  mrr: number;
  citedHit: number;
  /** Answers to questions asking a kind of answer that words prove (how many, how much, when, on what date, who, where…). */
  kindAsked: number;
  /** Those of {@link kindAsked} whose quoted sentences hold that kind (`Retriever.answersKind`): a sum, a count of the thing asked about, a time… */
  kindQuoted: number;
}

/** Scores per language (and overall) on an eval set. */
export interface EvalReport {
  byLanguage: Record<string, LanguageStats>;
  unanswerable: number;
  correctRefusals: number;
  falseRefusals: number;
  quotes: number;
  verbatimQuotes: number;
  citationsValid: number;
  citations: number;
  failures: string[];
}

/**
 * Runs every question through retrieval and the configured answerer. hit@k and MRR are over the
 * retrieval ranking of paragraphs; "cited hit" is whether a ¶ the answer cites is a gold ¶.
 * Quote fidelity: each quote is verbatim in its ¶. Citation validity: the ¶ exists, contains the
 * quote, and every [n] in the text has a source.
 */
export async function evaluate(ctx: BotContext, questions: readonly EvalQuestion[]): Promise<EvalReport> {
  const report: EvalReport = {
    byLanguage: {},
    unanswerable: 0,
    correctRefusals: 0,
    falseRefusals: 0,
    quotes: 0,
    verbatimQuotes: 0,
    citationsValid: 0,
    citations: 0,
    failures: [],
  };
  for (const item of questions) {
    // Ranked once: the ranking scored is the one the answer is made from (retrieved here only for an answerer that does not report it).
    let reported: Retrieval | undefined;
    const answer = await ctx.answerer.ask(item.q, { onRetrieval: (r) => (reported = r) });
    const retrieval: Retrieval = reported ?? (await ctx.retriever.retrieve(item.q));
    const markers = new Set(answer.citations.map((c) => c.marker));
    const textMarkersKnown = markersIn(answer.text).every((m) => markers.has(m));
    for (const citation of answer.citations) {
      report.citations++;
      report.quotes++;
      const valid = isValidCitation(citation, ctx.articles);
      if (valid) report.verbatimQuotes++;
      if (valid && textMarkersKnown) report.citationsValid++;
      else report.failures.push(`invalid citation [${citation.marker}] ¶${citation.paragraph} for: ${item.q}`);
    }
    if (item.paragraphs.length === 0) {
      report.unanswerable++;
      if (!answer.found) report.correctRefusals++;
      else report.failures.push(`answered an unanswerable question: ${item.q}`);
      continue;
    }
    const stats = (report.byLanguage[item.lang] ??= { answerable: 0, hit1: 0, hit3: 0, mrr: 0, citedHit: 0, kindAsked: 0, kindQuoted: 0 });
    stats.answerable++;
    const isGold = (articleId: string, paragraph: number) =>
      (!item.article || articleId === item.article) && item.paragraphs.includes(paragraph);
    const ranking = retrieval.passages.map((p) => ({ articleId: p.article.id, paragraph: p.paragraph.number }));
    const firstGold = ranking.findIndex((p) => isGold(p.articleId, p.paragraph));
    if (firstGold === 0) stats.hit1++;
    if (firstGold >= 0 && firstGold < 3) stats.hit3++;
    if (firstGold >= 0) stats.mrr += 1 / (firstGold + 1);
    if (answer.citations.some((c) => isGold(c.articleId, c.paragraph)) && answer.found) stats.citedHit++;
    const held = answer.found ? answer.citations.flatMap((c) => quotedSentences(c, ctx.articles)).map((s) => ctx.retriever.answersKind(retrieval.query, s)) : [];
    if (held.some((h) => h !== undefined)) {
      stats.kindAsked++;
      if (held.includes(true)) stats.kindQuoted++;
      else report.failures.push(`quoted no answer of the kind asked: ${item.q}`);
    }
    if (!answer.found) {
      report.falseRefusals++;
      report.failures.push(`refused an answerable question${retrieval.refusal ? ` (${retrieval.refusal})` : ''}: ${item.q}`);
    } else if (firstGold !== 0) {
      const top = ranking.slice(0, 3).map((p) => passageLabel(item.article && p.articleId, [p.paragraph]));
      const gold = passageLabel(item.article, item.paragraphs);
      report.failures.push(`gold ${gold} ranked ${firstGold < 0 ? 'nowhere' : firstGold + 1} (top: ${top.join(', ')}): ${item.q}`);
    }
  }
  for (const stats of Object.values(report.byLanguage)) {
    stats.hit1 /= stats.answerable;
    stats.hit3 /= stats.answerable;
    stats.mrr /= stats.answerable;
    stats.citedHit /= stats.answerable;
  }
  return report;
}

/** The sentences of its ¶ that a citation quotes. */
function quotedSentences(citation: Citation, articles: readonly Article[]): Pick<RetrievedSentence, 'article' | 'paragraph' | 'sentence'>[] {
  const article = articles.find((a) => a.id === citation.articleId);
  const paragraph = article?.paragraphs.find((p) => p.number === citation.paragraph);
  if (!article || !paragraph) return [];
  return paragraph.sentences.filter((sentence) => citation.quote.includes(sentence.text)).map((sentence) => ({ article, paragraph, sentence }));
}

/** `¶n`, prefixed with the article id when the set names articles (several articles are indexed). */
function passageLabel(articleId: string | undefined, paragraphs: readonly number[]): string {
  return `${articleId ?? ''}¶${paragraphs.join(',')}`;
}

/** Loads an eval file in the dev-set format (`{ questions: [...] }`). */
export function loadEvalSet(path: string): EvalQuestion[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { questions: EvalQuestion[] }).questions;
}

/**
 * The report as the table `npm run eval` prints. A frozen set's misses are counted, not listed: whoever
 * reads them would be tuning on the set.
 */
export function formatReport(report: EvalReport, options: { listMisses: boolean } = { listMisses: true }): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = ['language  questions  hit@1   hit@3   MRR    cited-hit  kind-quoted'];
  for (const [lang, s] of Object.entries(report.byLanguage)) {
    lines.push(`${lang.padEnd(9)} ${String(s.answerable).padEnd(10)} ${s.hit1.toFixed(2).padEnd(7)} ${s.hit3.toFixed(2).padEnd(7)} ${s.mrr.toFixed(2).padEnd(6)} ${s.citedHit.toFixed(2).padEnd(10)} ${s.kindQuoted}/${s.kindAsked}`);
  }
  lines.push(
    '',
    `refusals: ${report.correctRefusals}/${report.unanswerable} unanswerable questions refused; ${report.falseRefusals} answerable questions refused`,
    `quote fidelity: ${pct(report.verbatimQuotes / (report.quotes || 1))} (${report.verbatimQuotes}/${report.quotes})`,
    `citation validity: ${pct(report.citationsValid / (report.citations || 1))} (${report.citationsValid}/${report.citations})`,
  );
  if (report.failures.length === 0) return lines.join('\n');
  if (!options.listMisses) lines.push('', `misses: ${report.failures.length} (not listed: the set is frozen)`);
  else lines.push('', 'misses:', ...report.failures.map((f) => `  - ${f}`));
  return lines.join('\n');
}

