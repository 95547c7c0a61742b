import type { Kafka } from 'kafkajs';
import type { KafkaConfig } from '../../../config';
import { logger } from '../../common/logger';

/** Creates the chat topic when it is missing (partitions and replication from config). */
export async function ensureTopic(kafka: Kafka, config: KafkaConfig): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = await admin.listTopics();
    if (existing.includes(config.topic)) return;
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: [{ topic: config.topic, numPartitions: config.partitions, replicationFactor: config.replicationFactor }],
      });
      logger.info('created Kafka topic', { topic: config.topic, partitions: config.partitions });
    } catch (error) {
      // Another instance created it between our list and create.
      if ((error as { type?: string }).type !== 'TOPIC_ALREADY_EXISTS') throw error;
    }
  } finally {
    await admin.disconnect();
  }
}

export function kafkaLogLevel(): number {
  return 1; // kafkajs logLevel.ERROR: its own INFO chatter is noise in our JSON logs
}
