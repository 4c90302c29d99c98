import { statSync } from 'node:fs';
import { join } from 'node:path';
import { graphFiles } from '../index/hnsw-store.js';
import type { Client } from 'discord.js';
import type { Language } from '../errors.js';
import type { FeedbackTotals } from '../feedback/store.js';
import { t } from '../i18n.js';
import type { ShardStatus } from '../ops/shards.js';
import type { DiscordContext } from './command.js';

/** What `/status` shows an admin. */
export interface StatusInfo {
  articles: number;
  paragraphs: number;
  /** Passages in the hnswlib graph, and how many of them are marked deleted (a rebuild drops them). */
  passages: number;
  deleted: number;
  /** Bytes of the index files on disk. */
  bytes: number;
  builtAt: string;
  buildMs: number;
  updatedAt?: string;
  embedder: string;
  dimensions: number;
  mode: string;
  uptimeMs: number;
  /** Gateway heartbeat round trip in ms; -1 until the first heartbeat is acknowledged. */
  pingMs: number;
  answersServed: number;
  /** Answers on record and their votes; undefined when the feedback database cannot be read. */
  feedback?: FeedbackTotals;
  /** Every gateway shard of the bot (see src/ops/shards.ts). */
  shards: ShardStatus[];
}

/** The facts `/status` shows, from one snapshot of the index. */
export function statusInfo(ctx: DiscordContext, client: Client, shards: ShardStatus[]): StatusInfo {
  const snapshot = ctx.library.current;
  const { manifest, store } = snapshot.index;
  const live = manifest.articles.reduce((sum, a) => sum + a.paragraphs, 0);
  return {
    articles: snapshot.articles.length,
    paragraphs: snapshot.paragraphs,
    passages: store.passages.length,
    deleted: store.passages.length - live,
    bytes: [...graphFiles(manifest.files).map((f) => f.name), 'docstore.json', 'manifest.json'].reduce((sum, file) => sum + sizeOf(join(ctx.config.embeddingsDir, file)), 0),
    builtAt: manifest.builtAt,
    buildMs: manifest.buildMs,
    updatedAt: manifest.updatedAt,
    embedder: manifest.embedder.id,
    dimensions: manifest.embedder.dimensions,
    mode: snapshot.answerer.mode === 'llm' ? `llm (${ctx.config.llm.chatModel})` : 'extractive',
    uptimeMs: Date.now() - ctx.stats.startedAt,
    pingMs: client.ws.ping,
    answersServed: ctx.stats.answersServed,
    feedback: ctx.feedback.totals(),
    shards,
  };
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // served from memory: the folder could not be written
  }
}

/** Shards listed one per line in `/status`; more are summarised. */
const MAX_SHARD_LINES = 16;

/** `/status` as text, in the given language. */
export function statusText(info: StatusInfo, language: Language): string {
  const { feedback: totals, shards, ...facts } = info;
  const feedback = totals ? t('statusFeedback', language, { ...totals }) : t('statusFeedbackUnavailable', language);
  const shardLine = (shard: ShardStatus) =>
    t('statusShard', language, { id: shard.id, guilds: shard.guilds, status: shard.status, ping: shard.ping === undefined ? '—' : `${Math.round(shard.ping)} ms` });
  // A big bot has hundreds of shards: then a summary, and the shards that are not ready.
  const shardLines =
    shards.length <= MAX_SHARD_LINES
      ? shards.map(shardLine)
      : [
          t('statusShards', language, { ready: shards.filter((s) => s.ready).length, total: shards.length, guilds: shards.reduce((n, s) => n + s.guilds, 0) }),
          ...shards.filter((s) => !s.ready).slice(0, MAX_SHARD_LINES).map(shardLine),
        ];
  return `${t('statusBody', language, {
    ...facts,
    size: formatBytes(info.bytes),
    updated: info.updatedAt ? t('statusUpdated', language, { updatedAt: info.updatedAt }) : '',
    uptime: formatDuration(info.uptimeMs),
    ping: info.pingMs >= 0 ? `${Math.round(info.pingMs)} ms` : '—',
    served: info.answersServed,
  })}\n${feedback}\n${shardLines.join('\n')}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

/** "3 d 4 h", "2 h 5 min", "7 min 12 s". */
function formatDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  const [d, h, m] = [Math.floor(s / 86_400), Math.floor((s % 86_400) / 3600), Math.floor((s % 3600) / 60)];
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  return `${m} min ${s % 60} s`;
}
