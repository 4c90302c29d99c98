import { escapeMarkdown, type APIEmbed } from 'discord.js';
import { aboutText, type AboutInfo } from '../about.js';
import type { Answer, ArticleRef, Citation, ParagraphResult, QuoteResult, Summary } from '../answer/types.js';
import { articleKey, articleLabel, type Catalog } from '../article/catalog.js';
import { articleRef } from '../answer/extractive.js';
import type { Language } from '../errors.js';
import type { DownVotedQuestion, FeedbackTotals } from '../feedback/store.js';
import { t } from '../i18n.js';
import { citedParagraph, listedQuote, quotedHeading, shownParagraph } from '../render/citations.js';
import { newQuestionButton, pageButtons, sourceButton, suggestionButton, voteButtons } from './custom-ids.js';
import { LIMITS, truncate, type Button, type Reply } from './respond.js';

/**
 * One builder per result type: each turns a core result into a {@link Reply}. Article and user
 * text is markdown-escaped (a `*` in the article is a star, not italics); respond.ts fits the
 * result to Discord's limits, so builders never cut anything themselves.
 */

const COLOR = 0x2f6fb0;
const MAX_SUGGESTIONS = 3;
/** Every button slot but one: "New question" always fits; further sources stay footnotes. */
const MAX_SOURCE_BUTTONS = LIMITS.buttonsPerRow * LIMITS.rows - 1;

function footer(article: ArticleRef): APIEmbed['footer'] {
  return { text: articleLabel(article) };
}

/** A link to the article online, when its front matter has a `url` (the footer names it but cannot link). */
function articleLink(article: ArticleRef, language: Language): string[] {
  return article.url ? [`[${t('readArticle', language)}](${article.url})`] : [];
}

/**
 * `[n] ¶k — «quote»`, with the translation (when there is one) marked as such underneath;
 * "Show source" has the whole paragraph.
 */
function footnotes(citations: readonly Citation[], language: Language, answerText: string): string {
  return citations
    .map((c) => {
      const line = `[${c.marker}] ${escapeMarkdown(citedParagraph(c))} — «${escapeMarkdown(listedQuote(c, answerText))}»`;
      return c.translation ? `${line}\n↳ *${t('translation', language)}: ${escapeMarkdown(c.translation)}*` : line;
    })
    .join('\n');
}

/**
 * An answer: its text with `[n]` markers, the sources as footnotes, a "Show source" button per
 * citation (up to 24, or 22 next to the vote buttons), 👍 👎 when the answer was stored for
 * feedback under `feedbackId`, and "New question" last. The footer names the article; a link
 * leads to it.
 */
export function answerReply(answer: Answer, feedbackId?: string): Reply {
  const { language } = answer;
  const parts: string[] = [];
  const heading = quotedHeading(answer);
  if (heading) parts.push(`*${heading}*`);
  parts.push(escapeMarkdown(answer.text));
  if (answer.citations.length > 0) {
    const notes = footnotes(answer.citations, language, answer.text);
    parts.push(answer.found ? `**${t('sources', language)}**\n${notes}` : notes);
  }
  if (answer.notice) parts.push(`*${escapeMarkdown(answer.notice)}*`);
  parts.push(...articleLink(answer.article, language));
  const votes = feedbackId === undefined ? [] : voteButtons(feedbackId, language);
  return {
    embeds: [{ color: COLOR, title: escapeMarkdown(answer.question), description: parts.join('\n\n'), footer: footer(answer.article) }],
    buttons: [
      ...answer.citations.slice(0, MAX_SOURCE_BUTTONS - votes.length).map((c) => sourceButton(c, language)),
      ...votes,
      newQuestionButton(language),
    ],
  };
}

/** The text of an answer still being written, shown in place of "thinking…" until the final answer replaces it. */
export function partialReply(text: string): Reply {
  return { content: truncate(`${escapeMarkdown(text)} …`, LIMITS.content) };
}

/** A cited summary, with buttons that ask the suggested follow-up questions. */
export function summaryReply(summary: Summary): Reply {
  const { language } = summary;
  const bullets = summary.length === 'bullets';
  const points = summary.points.map((p) => `${bullets ? '• ' : ''}${escapeMarkdown(p.text)} ${p.markers.map((m) => `[${m}]`).join('')}`);
  const sources = summary.citations.map((c) => `[${c.marker}] ¶${c.paragraph}`).join(' · ');
  const heading = quotedHeading(summary);
  const parts = [...(heading ? [`*${heading}*`] : []), points.join(bullets ? '\n' : ' '), `**${t('sources', language)}:** ${sources}`];
  if (summary.notice) parts.push(`*${escapeMarkdown(summary.notice)}*`);
  parts.push(...articleLink(summary.article, language));
  // A question suggested twice would give two buttons one custom id, and Discord rejects the whole message.
  const buttons = [...new Set(summary.suggestions)]
    .map((s) => suggestionButton(s, language))
    .filter((b): b is Button => b !== undefined)
    .slice(0, MAX_SUGGESTIONS);
  return {
    embeds: [{ color: COLOR, title: `${t('summaryTitle', language)} — ${summary.article.title}`, description: parts.join('\n\n'), footer: footer(summary.article) }],
    buttons,
  };
}

/** Verbatim passages on a topic, each with its ¶ number. */
export function quotesReply(result: QuoteResult): Reply {
  const topic = escapeMarkdown(result.topic);
  const title = result.found ? t('quotesTitle', result.language, { topic }) : t('noQuotes', result.language, { topic });
  const quotes = result.citations.map((c) => `${escapeMarkdown(citedParagraph(c))} — «${escapeMarkdown(c.quote)}»`);
  const description = [...quotes, ...articleLink(result.article, result.language)].join('\n\n');
  return { embeds: [{ color: COLOR, title, description, footer: footer(result.article) }] };
}

/** One paragraph in full (`/paragraph` and the "Show source" buttons). */
export function paragraphReply(result: ParagraphResult, language: Language): Reply {
  const { text, note } = shownParagraph(result.text, language);
  return {
    embeds: [{
      color: COLOR,
      title: `${t('paragraph', language)} ${result.paragraph}/${result.paragraphCount}`,
      description: [escapeMarkdown(text), ...(note ? [`*${note}*`] : []), ...articleLink(result.article, language)].join('\n\n'),
      footer: footer(result.article),
    }],
  };
}

/** The article, the index and which engine answers. */
export function aboutReply(info: AboutInfo, language: Language): Reply {
  return { embeds: [{ color: COLOR, title: info.title, description: aboutText(info, language) }] };
}

/** What the bot can do, for `/help` and for a mention without a question. */
export function helpReply(language: Language, articleTitle: string): Reply {
  return { embeds: [{ color: COLOR, description: t('help', language, { title: articleTitle }) }] };
}

/** Articles per page of `/articles`: five fit one embed with room to spare for long titles. */
const ARTICLES_PER_PAGE = 5;
const MAX_LISTED_TITLE = 200;
const MAX_LISTED_URL = 400;
const MAX_LISTED_ID = 100;

/**
 * Page `number` (0-based; past the end, the last page) of `/articles`: per article its title
 * (linked when it has a `url`), date, ¶ count, source and id (what `article:` takes), with buttons
 * to the newer and older pages.
 */
export function articlesReply(catalog: Catalog, number: number, language: Language): Reply {
  const page = catalog.page(number, ARTICLES_PER_PAGE);
  // Bounded so that a page always fits one message, which its buttons replace in place.
  const lines = page.articles.map((article) => {
    const { url } = articleRef(article);
    const name = escapeMarkdown(truncate(article.title, MAX_LISTED_TITLE));
    const title = url && url.length <= MAX_LISTED_URL ? `[${name}](${url})` : name;
    const facts = [article.date ?? t('undated', language), t('paragraphCount', language, { count: article.paragraphs.length })];
    if (article.source) facts.push(escapeMarkdown(truncate(article.source, MAX_LISTED_TITLE)));
    // What `article:` takes: the id, or its short key when the id is too long to type.
    const ref = article.id.length <= MAX_LISTED_ID ? article.id.replace(/`/g, "'") : articleKey(article.id);
    return `**${title}**\n${facts.join(' · ')} · \`${ref}\``;
  });
  return {
    embeds: [{
      color: COLOR,
      title: t('articlesTitle', language, { count: page.total }),
      description: lines.join('\n\n'),
      footer: { text: t('articlesPage', language, { page: page.page + 1, pages: page.pages }) },
    }],
    buttons: pageButtons(page.page, page.pages, language),
    ephemeral: true,
  };
}

/** `/status` for an admin, privately. */
export function statusReply(text: string, language: Language): Reply {
  return { embeds: [{ color: COLOR, title: t('statusTitle', language), description: text }], ephemeral: true };
}

/** Questions in `/stats` are cut to this length, so that ten fit in one field. */
const STATS_QUESTION = 60;

/** `/stats`: vote totals and the questions voted down most. */
export function statsReply(totals: FeedbackTotals, downVoted: readonly DownVotedQuestion[], language: Language): Reply {
  const votes = totals.up + totals.down;
  const share = votes === 0 ? '–' : Math.round((100 * totals.up) / votes);
  const worst = downVoted.map((q, i) => `${i + 1}. «${escapeMarkdown(truncate(q.question, STATS_QUESTION))}» — 👎 ${q.down} · 👍 ${q.up} · ${escapeMarkdown(q.article)}`);
  return {
    embeds: [{
      color: COLOR,
      title: t('statsTitle', language),
      description: t('statsTotals', language, { answers: totals.answers, voted: totals.votedAnswers, up: totals.up, down: totals.down, share }),
      fields: [{ name: t('statsDownVoted', language), value: worst.length > 0 ? worst.join('\n') : t('statsNoDownVotes', language) }],
    }],
  };
}
