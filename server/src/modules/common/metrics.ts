import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The app's Prometheus metrics (prom-client), one registry per app so that several apps in one
 * process (tests) keep theirs apart. Served at /metrics.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  return {
    registry,
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by route and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: seconds,
      registers: [registry],
    }),
    graphqlDuration: new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operations over HTTP by operation name and type',
      labelNames: ['operation', 'type'] as const,
      buckets: seconds,
      registers: [registry],
    }),
    graphqlErrors: new Counter({
      name: 'graphql_errors_total',
      help: 'Errors answered, by extensions.code',
      labelNames: ['code'] as const,
      registers: [registry],
    }),
    openSockets: new Gauge({
      name: 'websocket_connections',
      help: 'Open WebSocket connections',
      registers: [registry],
    }),
    subscriptions: new Gauge({ name: 'graphql_subscriptions', help: 'Active subscriptions', registers: [registry] }),
    subscriptionEvents: new Counter({
      name: 'graphql_subscription_events_total',
      help: 'Events delivered to subscribers (chat messages, presence, bot deltas)',
      registers: [registry],
    }),
    broadcasterLag: new Gauge({
      name: 'kafka_consumer_lag',
      help: "Messages this instance's chat broadcaster is behind the newest one (Kafka)",
      labelNames: ['consumer'] as const,
      registers: [registry],
    }),
    chatAccepted: new Counter({
      name: 'chat_messages_accepted_total',
      help: 'sendMessage calls accepted',
      registers: [registry],
    }),
    importedRecords: new Counter({
      name: 'imported_records_total',
      help: 'Imported movie records by outcome',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    botQuestions: new Counter({
      name: 'bot_questions_total',
      help: 'askBot questions by provider that answered (local fallbacks included)',
      labelNames: ['provider', 'fallback'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
