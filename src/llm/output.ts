import { parsePartialJson } from '@langchain/core/output_parsers';
import { z } from 'zod';
import { neutralizeMentions } from '../text/normalize.js';
import { FIELD_DESCRIPTIONS } from './prompts.js';

/**
 * The shapes the model is asked to reply in (their wording lives in prompts.ts). Sent as a
 * JSON-schema `response_format` where the server supports it, described in the prompt as well,
 * and always parsed from the reply text — so servers without structured output work the same way.
 */

const citationSchema = z.object({
  document: z.number().describe(FIELD_DESCRIPTIONS.document),
  quote: z.string().describe(FIELD_DESCRIPTIONS.quote),
  translation: z.string().nullable().describe(FIELD_DESCRIPTIONS.translation),
});

const answerSchema = z.object({
  found: z.boolean().describe(FIELD_DESCRIPTIONS.found),
  answer: z.string().describe(FIELD_DESCRIPTIONS.answer),
  citations: z.array(citationSchema),
});

const summarySchema = z.object({
  points: z.array(z.string()).describe(FIELD_DESCRIPTIONS.points),
  citations: z.array(citationSchema),
  suggestions: z.array(z.string()).describe(FIELD_DESCRIPTIONS.suggestions),
});

/** A reply shape with the name it is sent under. */
export interface ReplyFormat<T> {
  name: string;
  schema: z.ZodType<T>;
}

/** A grounded answer: whether the documents answer, the text with `[n]` markers, and the quotes. */
export const ANSWER_FORMAT: ReplyFormat<z.infer<typeof answerSchema>> = { name: 'grounded_answer', schema: answerSchema };

/** A summary: points written like answers, plus questions a reader might ask next. */
export const SUMMARY_FORMAT: ReplyFormat<z.infer<typeof summarySchema>> = { name: 'grounded_summary', schema: summarySchema };

/**
 * The model's own words with mentions taken out, like a user's question: every string of a reply
 * but its quotes, which must stay verbatim to be checked against the article.
 */
function neutralized(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key === 'quote' ? value : neutralizeMentions(value);
  if (Array.isArray(value)) return value.map((item) => neutralized(item));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutralized(v, k)]));
  return value;
}

/**
 * Parses a reply that should be one JSON object of the given shape, tolerating what models
 * without structured output add around it (a ```json fence, a sentence before or after).
 * Undefined when there is no such object. Mentions in the model's text are taken out.
 */
export function parseReply<T>(text: string, format: ReplyFormat<T>): T | undefined {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) return undefined;
  try {
    const parsed = format.schema.safeParse(neutralized(JSON.parse(text.slice(start, end + 1))));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The fields of a JSON object still being streamed, as far as they have arrived (strings cut short, mentions out). */
export function partialObject(text: string): Record<string, unknown> | undefined {
  const start = text.indexOf('{');
  const value: unknown = start < 0 ? undefined : neutralized(parsePartialJson(text.slice(start)));
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
