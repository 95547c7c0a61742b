import { logLevel, type Admin, type Kafka, type KafkaConfig as KafkaConfigOptions } from 'kafkajs';
import type { KafkaConfig } from '../../../config';
import { logger } from '../../common/logger';

/** Creates a chat topic when it is missing (partitions and replication from config). */
export async function ensureTopic(
  kafka: Kafka,
  config: KafkaConfig,
  topic = config.topic,
  settings: Record<string, string> = {},
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = await admin.listTopics();
    if (existing.includes(topic)) return await waitForLeaders(admin, topic);
    try {
      const configEntries = Object.entries(settings).map(([name, value]) => ({ name, value }));
      await admin.createTopics({
        waitForLeaders: true,
        topics: [
          { topic, numPartitions: config.partitions, replicationFactor: config.replicationFactor, configEntries },
        ],
      });
      logger.info('created Kafka topic', { topic, partitions: config.partitions });
    } catch (error) {
      // Another instance created it between our list and create; or it was created and kafkajs gave up
      // waiting for its leaders with a retriable error (on Node 24 kafkajs 2.2.4's wait can time out at
      // once: the negative-timeout warning in Known gaps). Either way, wait for the leaders ourselves.
      const { type, retriable } = error as { type?: string; retriable?: boolean };
      if (type !== 'TOPIC_ALREADY_EXISTS' && !retriable) throw error;
      await waitForLeaders(admin, topic);
    }
  } finally {
    await admin.disconnect();
  }
}

/** Retries an admin call while Kafka answers with a retriable error (a partition leader still being elected). */
export async function retryingKafka<T>(call: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (!(error as { retriable?: boolean }).retriable || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** A topic another process just created may not have partition leaders yet; offsets and produce need them. */
async function waitForLeaders(admin: Admin, topic: string): Promise<void> {
  await retryingKafka(() => admin.fetchTopicOffsets(topic));
}

/**
 * kafkajs logs through ours. Its errors are mostly ones it retries itself (a leader moving, a topic
 * another instance just created), so they are warnings here; real failures surface as exceptions.
 */
export const kafkaLogging: Pick<KafkaConfigOptions, 'logLevel' | 'logCreator'> = {
  logLevel: logLevel.WARN,
  logCreator:
    () =>
    ({ namespace, label, log }) => {
      const { message, ...detail } = log;
      const text = `kafkajs ${namespace}: ${message}`;
      if (label === 'ERROR' || label === 'WARN') logger.warn(text, detail);
      else logger.debug(text, detail);
    },
};
