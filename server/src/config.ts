import path from 'node:path';

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgresql'; url: string; poolMax: number };

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
} & ({ provider: 'local' } | { provider: 'gemini'; gemini: GeminiConfig } | { provider: 'bedrock'; bedrock: BedrockConfig });

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  dataDir: string;
  database: DatabaseConfig;
  storage: StorageConfig;
  seedDemo: boolean;
  jwt: { secret?: string; expiresIn: string };
  uploadMaxBytes: number;
  chat: { maxMessageLength: number; presenceHeartbeatMs: number };
  bot: BotConfig;
  /** Unset: the in-process chat bus. */
  kafka?: KafkaConfig;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
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
  if (url === undefined) return { kind: 'sqlite', file: path.join(dataDir, 'mymdb.sqlite') };
  if (/^postgres(ql)?:\/\//.test(url)) {
    return { kind: 'postgresql', url, poolMax: integer(env, 'DATABASE_POOL_MAX', 10, 2, 200) };
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
    jwt: { secret: jwtSecret, expiresIn },
    uploadMaxBytes: integer(env, 'UPLOAD_MAX_BYTES', 10 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    chat: {
      maxMessageLength: integer(env, 'CHAT_MAX_MESSAGE_LENGTH', 2000, 1, 100_000),
      presenceHeartbeatMs: integer(env, 'CHAT_PRESENCE_HEARTBEAT_MS', 10_000, 100, 600_000),
    },
    bot: botConfig(env),
    kafka: kafkaConfig(env),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
  };
}
