import crypto from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { Gauge } from 'prom-client';
import type { Context } from '../context';
import { isPostgres } from '../db/dialect';
import type { Orm } from '../db/orm';
import { logger } from '../modules/common/logger';
import type { Metrics } from '../modules/common/metrics';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** A caller's (or a proxy's) x-request-id when it looks like one, else a new one; echoed in the response. */
export function requestIds(): RequestHandler {
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  };
}

/** HTTP latency by route (the API paths, or "other" for pages and assets) and status. */
export function httpMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const stop = metrics.httpDuration.startTimer({ method: req.method });
    res.once('finish', () => {
      const route = /^\/(graphql|healthz|readyz|metrics|media)\b/.exec(req.originalUrl)?.[0] ?? 'other';
      stop({ route, status: String(res.statusCode) });
    });
    next();
  };
}

/** The connection pool's use, read when Prometheus scrapes (PostgreSQL; SQLite has one connection). */
export function registerPoolMetrics(metrics: Metrics, orm: Orm): void {
  if (!isPostgres(orm)) return;
  const pool = (
    orm.em.getKnex().client as { pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number } }
  ).pool;
  new Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'] as const,
    registers: [metrics.registry],
    collect() {
      if (!pool) return;
      this.set({ state: 'used' }, pool.numUsed());
      this.set({ state: 'free' }, pool.numFree());
      this.set({ state: 'waiting' }, pool.numPendingAcquires());
    },
  });
}

/**
 * One log line per GraphQL operation over HTTP (request id, operation, user, duration, error
 * codes) and its metrics: latency by operation name, errors by code.
 */
export function operationLogPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors, contextValue: ctx }) {
          const durationMs = Math.round((performance.now() - started) * 10) / 10;
          const operationLabel = operationName ?? (operation ? 'anonymous' : 'unparsed');
          metrics.graphqlDuration.observe(
            { operation: operationLabel, type: operation?.operation ?? 'unknown' },
            durationMs / 1000,
          );
          const codes = (errors ?? []).map((error) => {
            const code = error.extensions?.code;
            return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
          });
          for (const code of codes) metrics.graphqlErrors.inc({ code });
          logger.info('graphql operation', {
            requestId: ctx.requestId ?? contextValue.requestId,
            operation: operationLabel,
            userId: ctx.viewer?.id ?? null,
            durationMs,
            ...(codes.length ? { errorCodes: codes } : {}),
          });
        },
      };
    },
  };
}
