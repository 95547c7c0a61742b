import http from 'node:http';
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { Orm } from '../../server/src/db/orm';
import { logger } from '../../server/src/modules/common/logger';

/** The persister's own metrics, served with its health checks. */
export function createPersisterMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    persisted: new Counter({
      name: 'chat_messages_persisted_total',
      help: 'Chat events written as rows, by outcome',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    lag: new Gauge({
      name: 'kafka_consumer_lag',
      help: 'Messages the persister is behind the newest one, per partition',
      labelNames: ['consumer', 'partition'] as const,
      registers: [registry],
    }),
    batches: new Counter({
      name: 'chat_persister_batches_total',
      help: 'Kafka batches handled',
      registers: [registry],
    }),
  };
}

export type PersisterMetrics = ReturnType<typeof createPersisterMetrics>;

/**
 * /healthz (the process answers), /readyz (the database answers and the consumer runs) and
 * /metrics on a port of the persister's own, for the orchestrator and Prometheus.
 */
export function startHealthServer(
  port: number,
  orm: Orm,
  metrics: PersisterMetrics,
  consuming: () => boolean,
): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.url === '/healthz') return answer(200, { status: 'ok' });
    if (req.url === '/readyz') {
      orm.em
        .getConnection()
        .execute('select 1')
        .then(
          () => (consuming() ? answer(200, { status: 'ready' }) : answer(503, { status: 'consumer not running' })),
          () => answer(503, { status: 'database unreachable' }),
        );
      return;
    }
    if (req.url === '/metrics') {
      metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        (error: unknown) => {
          logger.warn('metrics failed', error);
          answer(500, { status: 'metrics failed' });
        },
      );
      return;
    }
    answer(404, { status: 'not found' });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}
