import type { AppConfig } from './config';
import type { Services } from './context';
import { isPostgres } from './db/dialect';
import { migrate, withStartupLock } from './db/migrate';
import { inMemoryRateLimiters, sharedRateLimiters } from './modules/common/rate-limit';
import { createMetrics } from './modules/common/metrics';
import { createOrm, type Orm, type OrmOptions } from './db/orm';
import { AccountsService } from './modules/accounts/accounts.service';
import { UserAdminService } from './modules/accounts/user-admin.service';
import { resolveJwtSecret } from './modules/accounts/jwt-secret';
import { TokenService } from './modules/accounts/tokens';
import { createUserTokenReader } from './modules/accounts/user-token-reader';
import { BotService } from './modules/bot/bot.service';
import type { ChatBus } from './modules/chat/bus/chat-bus';
import { InProcessBus } from './modules/chat/bus/in-process-bus';
import { createChat } from './modules/chat/chat.services';
import { PresenceService } from './modules/chat/presence.service';
import { logger } from './modules/common/logger';
import { MovieImporter } from './modules/import/importer.service';
import { createStorage } from './modules/storage/storage';
import { RecommendationModels } from './modules/recommendations/model-cache';
import { seedDemoCatalogue } from './seeders/demo-seeder';

/** Kafka when KAFKA_BROKERS is set (loaded only then), else the in-process bus. Not started yet. */
async function createChatBus(config: AppConfig, orm: Orm): Promise<ChatBus> {
  if (!config.kafka) return new InProcessBus(orm);
  const { KafkaBus } = await import('./modules/chat/bus/kafka-bus');
  return new KafkaBus(config.kafka);
}

export interface BuiltServices {
  services: Services;
  /** Stops presence, the chat bus and the ORM, in that order (after the transport has drained). */
  stop(): Promise<void>;
}

/** Everything the API needs, transport aside: database (migrated), storage, accounts, chat, bot. */
export async function buildServices(config: AppConfig, options: OrmOptions = {}): Promise<BuiltServices> {
  logger.setLevel(config.logLevel);
  const orm = await createOrm(config.database, options);
  await migrate(orm);
  const storage = await createStorage(config.storage);
  const tokens = new TokenService(
    resolveJwtSecret(config.jwt.secret, config.dataDir),
    config.jwt.expiresIn,
    await createUserTokenReader(orm),
  );
  const bus = await createChatBus(config, orm);
  // Presence listens before the bus starts: on Kafka, the first fetch replays recent snapshots.
  const presence = new PresenceService(bus, config.chat.presenceHeartbeatMs);
  await bus.start();
  presence.start();
  // Limits shared by every instance on PostgreSQL; a single SQLite process counts in memory.
  const createLimiter = isPostgres(orm) ? sharedRateLimiters(orm.em.getKnex()) : inMemoryRateLimiters;
  const accounts = new AccountsService(tokens, config.rateLimits, createLimiter);
  // A revocation reaches every instance's open sockets through the bus.
  accounts.onRevocation((userId, tokenVersion) => bus.publishRevocation({ userId, tokenVersion }));
  const services: Services = {
    config,
    orm,
    storage,
    importer: new MovieImporter(orm, storage),
    tokens,
    accounts,
    userAdmin: new UserAdminService(accounts),
    chat: createChat(bus, presence, config.chat.maxMessageLength, config.rateLimits, createLimiter),
    bot: await BotService.create(config.bot, createLimiter),
    metrics: createMetrics(),
    recommendations: new RecommendationModels(orm, config.recommendationsRefreshMs),
  };
  // Instances starting together on one database: one of them loads the demo catalogue, the others see it there.
  bus.onLag((behind) => services.metrics.broadcasterLag.set({ consumer: 'broadcaster' }, behind));
  if (config.seedDemo) await withStartupLock(orm, () => seedDemoCatalogue(services));
  return {
    services,
    stop: async () => {
      await presence.stop();
      await bus.stop();
      await orm.close();
    },
  };
}
