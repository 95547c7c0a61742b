import 'reflect-metadata';
import { Kafka, type Consumer } from 'kafkajs';
import { ConfigError, loadConfig, type KafkaConfig } from '../../server/src/config';
import { migrate } from '../../server/src/db/migrate';
import { createOrm, type Orm } from '../../server/src/db/orm';
import { logger } from '../../server/src/modules/common/logger';
import { ensureTopic, kafkaLogging } from '../../server/src/modules/chat/bus/kafka-topics';
import { createBatchHandler } from './batch-handler';
import { createPersisterMetrics, startHealthServer, type PersisterMetrics } from './health-server';

const RESTART_DELAY_MS = 2000;

/**
 * The chat persister: consumer group `chat-db-writer` writes each event once, batch by batch, and
 * commits a batch's offsets only after its database transaction committed.
 */
async function runConsumer(kafka: Kafka, config: KafkaConfig, orm: Orm, metrics: PersisterMetrics): Promise<Consumer> {
  const handleBatch = createBatchHandler(orm);
  // A short session lets a restarted persister take over from a killed one in seconds, not 30.
  const consumer = kafka.consumer({
    groupId: config.persisterGroupId,
    maxWaitTimeInMs: 50,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
    allowAutoTopicCreation: false,
  });
  await consumer.connect();
  await consumer.subscribe({ topic: config.topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    eachBatch: async (payload) => {
      const { batch } = payload;
      if (!payload.isRunning() || payload.isStale() || batch.messages.length === 0) return;
      const result = await handleBatch(batch.messages);
      const last = batch.messages[batch.messages.length - 1].offset;
      payload.resolveOffset(last);
      await consumer.commitOffsets([
        { topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() },
      ]);
      await payload.heartbeat();
      metrics.batches.inc();
      metrics.lag.set({ consumer: 'persister', partition: String(batch.partition) }, Number(batch.offsetLag()));
      for (const outcome of ['inserted', 'duplicates', 'dropped', 'malformed', 'refused'] as const) {
        metrics.persisted.inc({ outcome }, result[outcome]);
      }
      logger.debug('persisted chat batch', { partition: batch.partition, ...result });
    },
  });
  return consumer;
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.kafka) throw new ConfigError('KAFKA_BROKERS', 'is required by the persister (e.g. 127.0.0.1:9092)');
  const kafkaConfig = config.kafka;
  const orm = await createOrm(config.database);
  await migrate(orm);
  const kafka = new Kafka({
    clientId: `${kafkaConfig.clientId}-persister`,
    brokers: kafkaConfig.brokers,
    ...kafkaLogging,
  });
  await ensureTopic(kafka, kafkaConfig);
  const metrics = createPersisterMetrics();

  let consumer = await runConsumer(kafka, kafkaConfig, orm, metrics);
  let stopping = false;
  let consuming = true;
  // kafkajs restarts itself after retriable failures; after the others (a long broker outage), start over.
  const watchCrashes = (current: Consumer) =>
    current.on(current.events.CRASH, ({ payload }) => void restartAfterCrash(current, payload));
  const restartAfterCrash = async (current: Consumer, payload: { restart: boolean; error: Error }) => {
    if (payload.restart || stopping) return;
    consuming = false;
    logger.error('persister consumer crashed; reconnecting', payload.error);
    await current.disconnect().catch(() => undefined);
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, RESTART_DELAY_MS));
      try {
        consumer = await runConsumer(kafka, kafkaConfig, orm, metrics);
        watchCrashes(consumer);
        consuming = true;
        return;
      } catch (error) {
        logger.warn('persister reconnect failed; retrying', error);
      }
    }
  };
  watchCrashes(consumer);
  const health = await startHealthServer(config.persisterPort, orm, metrics, () => consuming && !stopping);
  logger.info('chat persister running', {
    topic: kafkaConfig.topic,
    groupId: kafkaConfig.persisterGroupId,
    healthPort: config.persisterPort,
  });

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, persister stopping`);
    health.close();
    await consumer.disconnect().catch((error) => logger.warn('consumer disconnect failed', error));
    await orm.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else logger.error('persister failed to start', error);
  process.exit(1);
});
