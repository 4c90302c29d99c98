import type { AnswerEngine } from './answer/types.js';
import type { BotContext } from './context.js';
import type { Language } from './errors.js';
import { t } from './i18n.js';

/** What `/about` shows: the article, the index and which engine answers. */
export interface AboutInfo {
  title: string;
  date?: string;
  paragraphs: number;
  index: { embedder: string; dimensions: number; builtAt: string };
  mode: AnswerEngine;
  model?: string;
}

/** The `/about` facts of a running bot. */
export function aboutInfo(ctx: BotContext): AboutInfo {
  // One snapshot: the article and the index it describes, even while an update lands.
  const { article, index } = ctx.library.current;
  const { manifest } = index;
  return {
    title: article.title,
    date: article.date,
    paragraphs: article.paragraphs.length,
    index: { embedder: manifest.embedder.id, dimensions: manifest.embedder.dimensions, builtAt: manifest.builtAt },
    mode: ctx.answerer.mode,
    model: ctx.answerer.mode === 'llm' ? ctx.config.llm.chatModel : undefined,
  };
}

/** The `/about` text under the title, in the given language (Discord and the terminal). */
export function aboutText(info: AboutInfo, language: Language): string {
  const mode = info.mode === 'llm' ? t('modeLlm', language, { model: info.model ?? '?' }) : t('modeExtractive', language);
  const { embedder, dimensions, builtAt } = info.index;
  return t('aboutBody', language, { date: info.date ?? '—', paragraphs: info.paragraphs, embedder, dimensions, builtAt, mode });
}
