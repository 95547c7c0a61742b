import path from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to SQLite and local posters under ./data on port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.database).toEqual({ kind: 'sqlite', file: path.resolve('data', 'mymdb.sqlite') });
    expect(config.storage).toMatchObject({ kind: 'local', root: path.resolve('data', 'media') });
  });

  it('switches to PostgreSQL and S3 from the environment alone', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/mymdb',
      S3_BUCKET: 'posters',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
    });
    expect(config.database).toMatchObject({ kind: 'postgresql', url: 'postgres://u@db:5432/mymdb' });
    expect(config.storage).toMatchObject({ kind: 's3', bucket: 'posters', forcePathStyle: true });
  });

  it('reads replica URLs for catalogue reads next to a PostgreSQL primary', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/mymdb',
      DATABASE_REPLICA_URLS: 'postgres://u@replica-1:5432/mymdb, postgresql://u@replica-2:5432/mymdb',
    });
    expect(config.database).toMatchObject({
      replicaUrls: ['postgres://u@replica-1:5432/mymdb', 'postgresql://u@replica-2:5432/mymdb'],
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ DATABASE_REPLICA_URLS: 'postgres://u@replica/mymdb' }, 'DATABASE_REPLICA_URLS'],
    [{ DATABASE_URL: 'postgres://u@db/mymdb', DATABASE_REPLICA_URLS: 'replica:5432' }, 'DATABASE_REPLICA_URLS'],
    [{ STORAGE_DRIVER: 's3' }, 'S3_BUCKET'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ UPLOAD_MAX_BYTES: '-1' }, 'UPLOAD_MAX_BYTES'],
  ])('names the variable in error for %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });
});
