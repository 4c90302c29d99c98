import type { BotContext } from './context.js';

/** What `/about` shows: the article, the index and which engine answers. */
export interface AboutInfo {
  title: string;
  date?: string;
  paragraphs: number;
  articles: number;
  index: { embedder: string; dimensions: number; builtAt: string; rebuiltBecause?: string };
  mode: 'llm' | 'extractive';
  model?: string;
}

export function aboutInfo(ctx: BotContext): AboutInfo {
  const { manifest, rebuiltBecause } = ctx.index;
  return {
    title: ctx.article.title,
    date: ctx.article.date,
    paragraphs: ctx.article.paragraphs.length,
    articles: ctx.articles.length,
    index: { embedder: manifest.embedder.id, dimensions: manifest.embedder.dimensions, builtAt: manifest.builtAt, rebuiltBecause },
    mode: ctx.answerer.mode,
    model: ctx.answerer.mode === 'llm' ? ctx.config.llm.chatModel : undefined,
  };
}
