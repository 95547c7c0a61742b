import crypto from 'node:crypto';
import os from 'node:os';
import { CompressionTypes, Kafka, type Consumer, type Producer } from 'kafkajs';
import type { KafkaConfig } from '../../../config';
import { logger } from '../../common/logger';
import { decodeChatEvent, encodeChatEvent, type ChatEvent } from '../chat-event';
import { decodePresence, encodePresence, type PresenceSnapshot } from '../presence';
import type { ChatBus, SessionRevocation } from './chat-bus';
import { ensureTopic, kafkaLogging, retryingKafka } from './kafka-topics';
import { GroupCommit } from './group-commit';
import { FanoutBus } from './local-fanout';

function decodeRevocation(raw: Buffer | null): SessionRevocation | null {
  try {
    const value = JSON.parse(String(raw)) as SessionRevocation;
    return Number.isInteger(value.userId) && typeof value.tokenVersion === 'number' ? value : null;
  } catch {
    return null;
  }
}

/** Presence snapshots are worth keeping only minutes: heartbeats repeat them. */
const PRESENCE_RETENTION_MS = 3_600_000;
const PRESENCE_LOOKBACK_MS = 300_000;

/**
 * Kafka in the loop: `publish` produces (idempotent, acks from all replicas, keyed by room so a
 * room keeps its order); this instance's embedded broadcaster, a consumer in a group of its own,
 * reads every event and hands it to local subscribers. The persister writes the rows.
 */
export class KafkaBus extends FanoutBus implements ChatBus {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  /** Presence snapshots are state, newest wins: a plain producer, apart from the idempotent one. */
  private readonly presenceProducer: Producer;
  private readonly consumer: Consumer;
  readonly groupId: string;
  /** The idempotent producer allows one request in flight: concurrent sends share it (same-room order kept). */
  private readonly sends = new GroupCommit<ChatEvent>((events) =>
    this.producer
      .send({
        topic: this.config.topic,
        acks: -1,
        compression: CompressionTypes.None,
        messages: events.map((event) => ({
          key: event.roomSlug,
          value: encodeChatEvent(event),
          headers: { 'event-id': event.eventId },
        })),
      })
      .then(() => undefined),
  );

  constructor(private readonly config: KafkaConfig) {
    super();
    this.kafka = new Kafka({ clientId: config.clientId, brokers: config.brokers, ...kafkaLogging });
    this.producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    this.presenceProducer = this.kafka.producer({ allowAutoTopicCreation: false });
    this.groupId =
      config.broadcastGroupId ??
      `mymdb-broadcast-${os.hostname()}-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
    // Offsets are never committed: a restarted instance starts from "now", its subscribers resume with `after`.
    this.consumer = this.kafka.consumer({ groupId: this.groupId, maxWaitTimeInMs: 20, allowAutoTopicCreation: false });
  }

  /**
   * Resolves once the broadcaster has joined its group. It starts from the end offsets read
   * before joining (not "latest at assignment"), so nothing sent after start() began is missed.
   */
  async start(): Promise<void> {
    await ensureTopic(this.kafka, this.config, this.config.topic);
    await ensureTopic(this.kafka, this.config, this.config.presenceTopic, {
      'retention.ms': String(PRESENCE_RETENTION_MS),
    });
    await ensureTopic(this.kafka, this.config, this.config.controlTopic, {
      'retention.ms': String(PRESENCE_RETENTION_MS),
    });
    const controlOffsets = await this.startOffsets(this.config.controlTopic);
    const messageOffsets = await this.startOffsets(this.config.topic);
    // Presence: the snapshots of the last few minutes rebuild who is where (expired ones are ignored).
    const presenceOffsets = await this.startOffsets(this.config.presenceTopic, Date.now() - PRESENCE_LOOKBACK_MS);
    await this.producer.connect();
    await this.presenceProducer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: [this.config.topic, this.config.presenceTopic, this.config.controlTopic],
      fromBeginning: false,
    });
    const nextJoin = () =>
      new Promise<void>((resolve) => {
        const off = this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
          off();
          resolve();
        });
      });
    const joined = nextJoin();
    await this.consumer.run({
      autoCommit: false,
      // A whole fetch at a time: one callback per batch instead of a promise round per message.
      eachBatch: async ({ batch }) => {
        if (batch.topic === this.config.topic) this.lagListener(Number(batch.offsetLag()));
        if (batch.topic === this.config.controlTopic) {
          for (const message of batch.messages) {
            const revocation = decodeRevocation(message.value);
            if (revocation) this.receiveRevocation(revocation);
          }
          return;
        }
        if (batch.topic === this.config.presenceTopic) {
          for (const message of batch.messages) {
            const snapshot = decodePresence(message.value);
            if (snapshot) this.receivePresence(snapshot);
          }
          return;
        }
        for (const message of batch.messages) {
          const event = decodeChatEvent(message.value);
          if (event) this.fanout.deliver(event);
          else logger.warn('skipped a malformed chat event', { offset: message.offset });
        }
      },
    });
    const seekAll = () => {
      for (const { partition, offset } of messageOffsets)
        this.consumer.seek({ topic: this.config.topic, partition, offset });
      for (const { partition, offset } of controlOffsets)
        this.consumer.seek({ topic: this.config.controlTopic, partition, offset });
      for (const { partition, offset } of presenceOffsets)
        this.consumer.seek({ topic: this.config.presenceTopic, partition, offset });
    };
    try {
      seekAll();
      await joined;
    } catch (error) {
      // kafkajs restarts a consumer whose first join failed (several instances starting on a fresh
      // broker), and seek throws while it has no group: seek again once it has joined. Anything
      // read meanwhile is read again, and the fan-out drops event ids it already delivered.
      if (!(error instanceof Error) || !/Consumer group was not initialized/.test(error.message)) throw error;
      await nextJoin();
      seekAll();
    }
    this.crashed = null;
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      this.crashed = `Kafka broadcaster crashed: ${payload.error.message}`;
    });
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
      this.crashed = null;
    });
    logger.info('chat broadcaster joined Kafka', { groupId: this.groupId, topic: this.config.topic });
  }

  /** Each partition's offset at `timestamp`, or its end (read before joining, so nothing after start is missed). */
  private async startOffsets(topic: string, timestamp?: number): Promise<Array<{ partition: number; offset: string }>> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      if (timestamp !== undefined)
        return await retryingKafka(() => admin.fetchTopicOffsetsByTimestamp(topic, timestamp));
      const offsets = await retryingKafka(() => admin.fetchTopicOffsets(topic));
      return offsets.map(({ partition, high }) => ({ partition, offset: high }));
    } finally {
      await admin.disconnect();
    }
  }

  async publishPresence(snapshot: PresenceSnapshot): Promise<void> {
    await this.presenceProducer.send({
      topic: this.config.presenceTopic,
      acks: 1,
      messages: [{ key: snapshot.roomSlug, value: encodePresence(snapshot) }],
    });
  }

  /** Revocations are rare and must reach every instance: acknowledged by all replicas. */
  async publishRevocation(revocation: SessionRevocation): Promise<void> {
    await this.presenceProducer.send({
      topic: this.config.controlTopic,
      acks: -1,
      messages: [{ key: String(revocation.userId), value: JSON.stringify(revocation) }],
    });
  }

  publish(event: ChatEvent): Promise<void> {
    return this.sends.add(event);
  }

  private crashed: string | null = 'not started';
  private lagListener: (messagesBehind: number) => void = () => {};

  problem(): string | null {
    return this.crashed;
  }

  onLag(listener: (messagesBehind: number) => void): void {
    this.lagListener = listener;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect().catch((error) => logger.warn('Kafka consumer disconnect failed', error));
    await this.producer.disconnect().catch((error) => logger.warn('Kafka producer disconnect failed', error));
    await this.presenceProducer
      .disconnect()
      .catch((error) => logger.warn('Kafka presence producer disconnect failed', error));
  }
}
