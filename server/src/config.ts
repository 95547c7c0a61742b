import path from 'node:path';

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | {
      kind: 'postgresql';
      url: string;
      poolMax: number;
      /** Streaming replicas that serve anonymous catalogue reads (DATABASE_REPLICA_URLS). */
      replicaUrls?: string[];
    };

export type StorageConfig =
  | { kind: 'local'; root: string; publicPath: string }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      endpoint?: string;
      forcePathStyle: boolean;
      publicBaseUrl?: string;
    };

export interface KafkaConfig {
  brokers: string[];
  clientId: string;
  topic: string;
  /** Who is in which room: each instance's member snapshots (short retention). */
  presenceTopic: string;
  /** Session revocations, so every instance closes a logged-out user's sockets. */
  controlTopic: string;
  /** Consumer group of this instance's broadcaster; unset = unique per instance. */
  broadcastGroupId?: string;
  persisterGroupId: string;
  partitions: number;
  replicationFactor: number;
}

export interface GeminiConfig {
  apiKey: string;
  model: string;
  /** Endpoint override (a proxy, or a local stub in tests). */
  baseUrl?: string;
}

export interface BedrockConfig {
  modelId: string;
  region: string;
  /** Endpoint override; credentials come from the AWS chain. */
  endpoint?: string;
}

export type BotConfig = {
  ratePerMinute: number;
  timeoutMs: number;
  maxSteps: number;
} & (
  { provider: 'local' } | { provider: 'gemini'; gemini: GeminiConfig } | { provider: 'bedrock'; bedrock: BedrockConfig }
);

/** What one GraphQL operation may ask for; refused before anything executes (see README, "Operation limits"). */
export interface OperationLimits {
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** An operation still executing after this long is answered with OPERATION_TIMEOUT. */
  timeoutMs: number;
}

export interface RateLimits {
  /** Password checks per username and address in a window; the owner's budget at their own address. */
  loginAttemptsPerUserAndAddress: number;
  /** Password checks per username from addresses that never logged in as that user. */
  loginAttemptsPerUser: number;
  /** Password checks per address, whatever the username. */
  loginAttemptsPerAddress: number;
  loginWindowSeconds: number;
  signupsPerAddressPerHour: number;
  roomsPerUserPerHour: number;
  messagesPerUserPerMinute: number;
}

export interface WebSocketLimits {
  maxPayloadBytes: number;
  maxSubscriptionsPerSocket: number;
  maxSocketsPerAddress: number;
}

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  dataDir: string;
  database: DatabaseConfig;
  storage: StorageConfig;
  seedDemo: boolean;
  /** With the demo catalogue: fictional members, their ratings and reviews. */
  seedDemoCommunity: boolean;
  /** How stale the recommendation model may get before an instance rebuilds it. */
  recommendationsRefreshMs: number;
  jwt: { secret?: string; expiresIn: string };
  uploadMaxBytes: number;
  /** Limits on an uploaded catalogue zip, checked before anything is unpacked. */
  importZip: { maxEntries: number; maxUnpackedBytes: number };
  chat: { maxMessageLength: number; presenceHeartbeatMs: number };
  bot: BotConfig;
  /** Unset: the in-process chat bus. */
  kafka?: KafkaConfig;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  graphql: {
    introspection: boolean;
    graphiql: boolean;
    fieldSuggestions: boolean;
    limits: OperationLimits;
    /** graphql-jit compiles a document on its n-th execution (see http/compiled-execution). */
    compileOnUse: number;
  };
  rateLimits: RateLimits;
  websocket: WebSocketLimits;
  /** Where the chat persister serves /healthz, /readyz and /metrics. */
  persisterPort: number;
  /** Express's `trust proxy`: false = the client address is the socket's peer. */
  trustProxy: boolean | number | string;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function databaseConfig(env: Env, dataDir: string): DatabaseConfig {
  const url = read(env, 'DATABASE_URL');
  const replicaUrls = (read(env, 'DATABASE_REPLICA_URLS') ?? '')
    .split(',')
    .map((replica) => replica.trim())
    .filter(Boolean);
  for (const replica of replicaUrls)
    if (!/^postgres(ql)?:\/\//.test(replica))
      throw new ConfigError('DATABASE_REPLICA_URLS', `must list postgres:// URLs, got "${replica}"`);
  if (replicaUrls.length && !(url && /^postgres(ql)?:\/\//.test(url)))
    throw new ConfigError('DATABASE_REPLICA_URLS', 'needs DATABASE_URL to name a PostgreSQL primary');
  if (url === undefined) return { kind: 'sqlite', file: path.join(dataDir, 'mymdb.sqlite') };
  if (/^postgres(ql)?:\/\//.test(url)) {
    return { kind: 'postgresql', url, poolMax: integer(env, 'DATABASE_POOL_MAX', 10, 2, 200), replicaUrls };
  }
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) throw new ConfigError('DATABASE_URL', 'sqlite: URL needs a file path, e.g. sqlite:./data/db.sqlite');
    return { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(file) };
  }
  throw new ConfigError('DATABASE_URL', 'must start with postgres://, postgresql:// or sqlite:');
}

function storageConfig(env: Env, dataDir: string): StorageConfig {
  const driver = oneOf(env, 'STORAGE_DRIVER', ['local', 's3'] as const, read(env, 'S3_BUCKET') ? 's3' : 'local');
  if (driver === 'local') return { kind: 'local', root: path.join(dataDir, 'media'), publicPath: '/media' };
  const bucket = read(env, 'S3_BUCKET');
  if (!bucket) throw new ConfigError('S3_BUCKET', 'is required when STORAGE_DRIVER=s3');
  const endpoint = read(env, 'S3_ENDPOINT');
  if (endpoint && !/^https?:\/\//.test(endpoint)) throw new ConfigError('S3_ENDPOINT', 'must be an http(s) URL');
  return {
    kind: 's3',
    bucket,
    region: read(env, 'S3_REGION') ?? read(env, 'AWS_REGION') ?? 'us-east-1',
    endpoint,
    forcePathStyle: boolean(env, 'S3_FORCE_PATH_STYLE', Boolean(endpoint)),
    publicBaseUrl: read(env, 'S3_PUBLIC_BASE_URL')?.replace(/\/+$/, ''),
  };
}

function kafkaConfig(env: Env): KafkaConfig | undefined {
  const brokers = read(env, 'KAFKA_BROKERS');
  if (!brokers) return undefined;
  const list = brokers
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (list.some((b) => !/^[\w.-]+:\d+$/.test(b)))
    throw new ConfigError('KAFKA_BROKERS', `must be host:port[,host:port...], got "${brokers}"`);
  return {
    brokers: list,
    clientId: read(env, 'KAFKA_CLIENT_ID') ?? 'mymdb',
    topic: read(env, 'KAFKA_TOPIC') ?? 'chat-messages',
    presenceTopic: read(env, 'KAFKA_PRESENCE_TOPIC') ?? `${read(env, 'KAFKA_TOPIC') ?? 'chat-messages'}-presence`,
    controlTopic: read(env, 'KAFKA_CONTROL_TOPIC') ?? `${read(env, 'KAFKA_TOPIC') ?? 'chat-messages'}-control`,
    broadcastGroupId: read(env, 'KAFKA_GROUP_ID'),
    persisterGroupId: read(env, 'KAFKA_PERSISTER_GROUP_ID') ?? 'chat-db-writer',
    partitions: integer(env, 'KAFKA_TOPIC_PARTITIONS', 3, 1, 1000),
    replicationFactor: integer(env, 'KAFKA_REPLICATION_FACTOR', 1, 1, 10),
  };
}

function url(env: Env, name: string): string | undefined {
  const value = read(env, name);
  if (value && !/^https?:\/\//.test(value)) throw new ConfigError(name, 'must be an http(s) URL');
  return value?.replace(/\/+$/, '');
}

function botConfig(env: Env): BotConfig {
  const common = {
    ratePerMinute: integer(env, 'BOT_RATE_LIMIT_PER_MINUTE', 60, 1, 100_000),
    timeoutMs: integer(env, 'AI_TIMEOUT_MS', 15_000, 100, 300_000),
    maxSteps: integer(env, 'AI_MAX_STEPS', 5, 1, 20),
  };
  const provider = oneOf(env, 'AI_PROVIDER', ['local', 'gemini', 'bedrock'] as const, 'local');
  if (provider === 'gemini') {
    const apiKey = read(env, 'GEMINI_API_KEY');
    if (!apiKey) throw new ConfigError('GEMINI_API_KEY', 'is required when AI_PROVIDER=gemini');
    return {
      ...common,
      provider,
      gemini: { apiKey, model: read(env, 'GEMINI_MODEL') ?? 'gemini-2.5-flash', baseUrl: url(env, 'GEMINI_BASE_URL') },
    };
  }
  if (provider === 'bedrock') {
    return {
      ...common,
      provider,
      bedrock: {
        modelId: read(env, 'BEDROCK_MODEL_ID') ?? 'anthropic.claude-3-5-haiku-20241022-v1:0',
        region: read(env, 'BEDROCK_REGION') ?? read(env, 'AWS_REGION') ?? 'us-east-1',
        endpoint: url(env, 'BEDROCK_ENDPOINT'),
      },
    };
  }
  return { ...common, provider };
}

function trustProxy(env: Env): boolean | number | string {
  const raw = read(env, 'TRUST_PROXY');
  if (raw === undefined || /^(false|0|no|off)$/i.test(raw)) return false;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^\d+$/.test(raw)) return integer(env, 'TRUST_PROXY', 0, 1, 100);
  // Names Express knows (loopback, linklocal, uniquelocal) or addresses / CIDR ranges, comma-separated.
  const parts = raw.split(',').map((part) => part.trim());
  if (parts.some((part) => !/^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/.test(part))) {
    throw new ConfigError('TRUST_PROXY', `must be false, true, a hop count, or addresses/CIDR ranges, got "${raw}"`);
  }
  return parts.join(',');
}

function operationLimits(env: Env): OperationLimits {
  return {
    maxCost: integer(env, 'GRAPHQL_MAX_COST', 10_000, 1, 10_000_000),
    maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10, 1, 100),
    maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 15, 0, 10_000),
    maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', 2_000, 10, 1_000_000),
    maxDirectives: integer(env, 'GRAPHQL_MAX_DIRECTIVES', 20, 0, 10_000),
    timeoutMs: integer(env, 'GRAPHQL_TIMEOUT_MS', 10_000, 10, 600_000),
  };
}

function rateLimits(env: Env): RateLimits {
  return {
    loginAttemptsPerUserAndAddress: integer(env, 'LOGIN_ATTEMPTS_PER_USER_AND_ADDRESS', 5, 1, 10_000),
    loginAttemptsPerUser: integer(env, 'LOGIN_ATTEMPTS_PER_USER', 20, 1, 100_000),
    loginAttemptsPerAddress: integer(env, 'LOGIN_ATTEMPTS_PER_ADDRESS', 50, 1, 1_000_000),
    loginWindowSeconds: integer(env, 'LOGIN_WINDOW_SECONDS', 900, 1, 86_400),
    signupsPerAddressPerHour: integer(env, 'SIGNUPS_PER_ADDRESS_PER_HOUR', 20, 1, 1_000_000),
    roomsPerUserPerHour: integer(env, 'ROOMS_PER_USER_PER_HOUR', 20, 1, 1_000_000),
    messagesPerUserPerMinute: integer(env, 'CHAT_MESSAGES_PER_USER_PER_MINUTE', 120, 1, 10_000_000),
  };
}

/** Parses and validates the environment once; every failure names the variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const dataDir = path.resolve(read(env, 'DATA_DIR') ?? './data');
  const jwtSecret = read(env, 'JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  }
  if (jwtSecret === undefined && nodeEnv === 'production') {
    throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production (instances must share one secret)');
  }
  const expiresIn = read(env, 'JWT_EXPIRES_IN') ?? '7d';
  if (!/^\d+[smhd]?$/.test(expiresIn)) throw new ConfigError('JWT_EXPIRES_IN', 'must look like 3600, 15m, 12h or 7d');
  return {
    env: nodeEnv,
    host: read(env, 'HOST') ?? '0.0.0.0',
    port: integer(env, 'PORT', 4000, 0, 65535),
    dataDir,
    database: databaseConfig(env, dataDir),
    storage: storageConfig(env, dataDir),
    seedDemo: boolean(env, 'SEED_DEMO', true),
    seedDemoCommunity: boolean(env, 'SEED_DEMO_COMMUNITY', true),
    recommendationsRefreshMs: integer(env, 'RECOMMENDATIONS_REFRESH_MS', 30_000, 0, 3_600_000),
    jwt: { secret: jwtSecret, expiresIn },
    uploadMaxBytes: integer(env, 'UPLOAD_MAX_BYTES', 10 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    importZip: {
      maxEntries: integer(env, 'IMPORT_ZIP_MAX_ENTRIES', 5_000, 1, 1_000_000),
      maxUnpackedBytes: integer(env, 'IMPORT_ZIP_MAX_UNPACKED_BYTES', 500 * 1024 * 1024, 1024, 10 * 1024 * 1024 * 1024),
    },
    chat: {
      maxMessageLength: integer(env, 'CHAT_MAX_MESSAGE_LENGTH', 2000, 1, 100_000),
      presenceHeartbeatMs: integer(env, 'CHAT_PRESENCE_HEARTBEAT_MS', 10_000, 100, 600_000),
    },
    bot: botConfig(env),
    kafka: kafkaConfig(env),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
    // Production hides the schema's shape unless asked: no introspection, no "did you mean", no GraphiQL.
    graphql: {
      introspection: boolean(env, 'GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
      graphiql: boolean(env, 'GRAPHIQL', nodeEnv !== 'production'),
      fieldSuggestions: boolean(env, 'GRAPHQL_FIELD_SUGGESTIONS', nodeEnv !== 'production'),
      limits: operationLimits(env),
      compileOnUse: integer(env, 'GRAPHQL_COMPILE_ON_USE', 2, 1, 1_000_000),
    },
    rateLimits: rateLimits(env),
    websocket: {
      maxPayloadBytes: integer(env, 'WS_MAX_PAYLOAD_BYTES', 64 * 1024, 1024, 100 * 1024 * 1024),
      maxSubscriptionsPerSocket: integer(env, 'WS_MAX_SUBSCRIPTIONS_PER_SOCKET', 50, 1, 100_000),
      maxSocketsPerAddress: integer(env, 'WS_MAX_SOCKETS_PER_ADDRESS', 50, 1, 1_000_000),
    },
    trustProxy: trustProxy(env),
    persisterPort: integer(env, 'PERSISTER_PORT', 4001, 0, 65535),
  };
}
