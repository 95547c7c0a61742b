import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { Client } from 'pg';
import { createApp, type App } from '../src/app';
import { loadConfig, type AppConfig, type DatabaseConfig } from '../src/config';
import { User } from '../src/modules/accounts/user.entity';
import { TEST_POSTGRES_URL } from './services';
import { graphql } from './__generated__';

export type Dialect = 'sqlite' | 'postgresql';

/** SQLite always; PostgreSQL when global setup found it (CI fails earlier when it is missing). */
export function dialects(): Dialect[] {
  return process.env.MYMDB_TEST_POSTGRES === '1' ? ['sqlite', 'postgresql'] : ['sqlite'];
}

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** A brand-new database: a temp SQLite file, or a fresh PostgreSQL database dropped afterwards. */
export async function createTestDatabase(dialect: Dialect, dataDir: string): Promise<TestDatabase> {
  if (dialect === 'sqlite')
    return { config: { kind: 'sqlite', file: path.join(dataDir, 'test.sqlite') }, drop: async () => undefined };
  const name = `mymdb_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgresql', url: url.toString(), poolMax: 10 },
    drop: async () => {
      const client = new Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export function tempDir(prefix = 'mymdb-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

export interface TestServer {
  url: string;
  app: App;
  dataDir: string;
  config: AppConfig;
  /** SQL statements run since the last reset. */
  statements: { count: number; log: string[]; reset(): void };
  /**
   * One operation over HTTP. A document made with the generated `graphql()` gives a typed result;
   * a plain string (for documents the schema must refuse, or built at run time) an untyped one.
   */
  gql<T = Record<string, any>, V = Record<string, unknown>>(
    query: string | TypedDocumentNode<T, V> | DocumentNode,
    variables?: V,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** The rows of one SQL statement on the app's database, for checking it against what the API says. */
  sql<T = Record<string, unknown>>(statement: string): Promise<T[]>;
  /** `mutation { <fields> }` with `headers` (an admin's, say): its data, or the test fails with its errors. */
  mutate(fields: string, headers?: Record<string, string>): Promise<Record<string, any>>;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  env?: Record<string, string>;
  seedDemo?: boolean;
  /** With seedDemo: also the demo members, ratings and reviews (off by default: most suites count their own). */
  demoCommunity?: boolean;
  /** A database prepared by the test (a primary with replicas, say) instead of a fresh one. */
  database?: (dataDir: string) => Promise<TestDatabase>;
}

/** The real app on an ephemeral loopback port, with its own data directory and database. */
export async function startTestServer(dialect: Dialect, options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = tempDir();
  const database = await (options.database ?? ((dir) => createTestDatabase(dialect, dir)))(dataDir);
  const config: AppConfig = {
    ...loadConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      NODE_ENV: 'test',
      SEED_DEMO: options.seedDemo ? 'true' : 'false',
      SEED_DEMO_COMMUNITY: options.demoCommunity ? 'true' : 'false',
      RECOMMENDATIONS_REFRESH_MS: '0',
      // Every query of the suites runs compiled (graphql-jit), as repeated ones do in production;
      // mutations always run on graphql-js.
      GRAPHQL_COMPILE_ON_USE: '1',
      // Suites sign up many users and send many messages from one address; the abuse suite
      // checks these limits with their real defaults.
      SIGNUPS_PER_ADDRESS_PER_HOUR: '100000',
      ROOMS_PER_USER_PER_HOUR: '100000',
      CHAT_MESSAGES_PER_USER_PER_MINUTE: '10000000',
      ...options.env,
    }),
    database: database.config,
  };
  const statements = {
    count: 0,
    log: [] as string[],
    reset() {
      this.count = 0;
      this.log = [];
    },
  };
  const app = await createApp(config, {
    onQuery: (sql) => {
      statements.count++;
      statements.log.push(sql);
    },
  });
  const port = await app.start(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const server: TestServer = {
    url,
    app,
    dataDir,
    config,
    statements,
    async gql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
      });
      const body = (await response.json()) as GraphQLResponse<any>;
      return { ...body, status: response.status };
    },
    sql: (statement) => app.services.orm.em.getConnection().execute(statement),
    async mutate(fields, headers) {
      return dataOf(await server.gql(`mutation { ${fields} }`, undefined, headers));
    },
    async stop() {
      await app.stop();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

/** Fails the test with the server's errors instead of a confusing undefined later. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

export const SEED_FIXTURE_DIR = path.resolve(__dirname, '../../../shared/fixtures/seed-import');
export const SEED_FIXTURE_FILE = path.join(SEED_FIXTURE_DIR, 'tmdb_movies.json');

export function readSeedFixture(): Array<Record<string, unknown>> {
  return JSON.parse(fs.readFileSync(SEED_FIXTURE_FILE, 'utf8'));
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Members written straight to the database (no password to log in with): for tests that only need their ratings. */
export async function insertMembers(server: TestServer, prefix: string, count: number): Promise<User[]> {
  const em = server.app.services.orm.em.fork();
  const users = Array.from({ length: count }, (_, i) =>
    em.create(User, {
      username: `${prefix}${i}`,
      usernameKey: `${prefix}${i}`,
      email: `${prefix}${i}@example.test`,
      passwordHash: 'x',
    }),
  );
  await em.flush();
  return users;
}

/** Signs up through the API; the password satisfies the policy and differs per user. */
export async function signUp(
  server: TestServer,
  username: string,
): Promise<{ token: string; userId: string; password: string }> {
  const password = `Lantern-${username}-91!`.split('').reverse().join('');
  const response = await server.gql(
    graphql(`
      mutation HarnessSignup($input: SignupInput!) {
        signup(input: $input) {
          token
          user {
            id
          }
        }
      }
    `),
    {
      input: { username, email: `${username}@example.test`, password },
    },
  );
  const { signup } = dataOf(response);
  return { token: signup.token, userId: signup.user.id, password };
}

/** An admin made the way `npm run create-admin` makes one, then logged in through the API. */
export async function adminToken(server: TestServer, username = 'admin'): Promise<string> {
  const password = 'Quiet-Harbour-Lamp-7';
  await server.app.services.accounts.ensureAdmin(server.app.services.orm.em.fork(), { username, password });
  const { login } = dataOf(
    await server.gql(
      graphql(`
        mutation HarnessLogin($input: LoginInput!) {
          login(input: $input) {
            token
          }
        }
      `),
      {
        input: { username, password },
      },
    ),
  );
  return login.token;
}

/**
 * One operation with one file, in the GraphQL multipart request format (operations, map, then the
 * file); the operation's `$file` variable receives it.
 */
export async function postFile(
  server: TestServer,
  query: string,
  variables: Record<string, unknown>,
  body: Uint8Array | string,
  filename: string,
  headers: Record<string, string>,
  contentType = 'application/octet-stream',
) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { ...variables, file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([typeof body === 'string' ? body : new Uint8Array(body)], { type: contentType }), filename);
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', body: form, headers });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    // Untyped: the tests read whatever the server sent, errors included.
    body: (await response.json()) as Record<string, any>,
  };
}
