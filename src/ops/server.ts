import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { HealthReport } from './health.js';

/** Where the endpoint's answers come from: this process, or a sharding manager asking its shards. */
export interface OpsSources {
  health(): Promise<HealthReport> | HealthReport;
  /** Prometheus text. */
  metrics(): Promise<string>;
  metricsContentType: string;
}

/** The running endpoint. */
export interface OpsServer {
  /** The port it listens on (the chosen one when METRICS_PORT is 0). */
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `GET /healthz` (200 "ok", or 503 with the reason) and `GET /metrics` (Prometheus text)
 * on `host:port`, for probes and scrapers. A port that cannot be used is a {@link ConfigError}.
 */
export async function startOpsServer(host: string, port: number, sources: OpsSources, logger: Logger): Promise<OpsServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(request.method === 'HEAD' ? undefined : body);
    };
    if (path !== '/healthz' && path !== '/metrics') return send(404, 'not found: try /healthz or /metrics\n');
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'method not allowed\n');
    void (async () => {
      if (path === '/healthz') {
        const report = await sources.health();
        return send(report.ok ? 200 : 503, report.ok ? 'ok\n' : `unavailable: ${report.reason ?? 'unknown'}\n`);
      }
      send(200, await sources.metrics(), sources.metricsContentType);
    })().catch((err: unknown) => {
      logger.error({ err, path }, 'ops endpoint failed');
      if (!response.headersSent) send(500, 'internal error\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new ConfigError(`Cannot serve metrics on ${host}:${port} (METRICS_HOST, METRICS_PORT): ${error.code ?? error.message}`)));
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  logger.info({ host, port: bound }, 'health and metrics endpoint listening');
  return {
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
