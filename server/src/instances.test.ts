import fs from 'node:fs';
import { createApp, type App } from './app';
import { loadConfig } from './config';
import { createTestDatabase, tempDir, type TestDatabase } from '../test/harness';
import { graphql } from '../test/__generated__';
import { print } from 'graphql';
import { demoRecords } from './seeders/demo-seeder';
import { logger } from './modules/common/logger';

const LOGIN = graphql(`
  mutation SharedThrottleLogin($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`);
const ASK = graphql(`
  mutation InstancesAskBot($input: AskBotInput!) {
    askBot(input: $input) {
      conversationId
      intent
      movies {
        id
      }
    }
  }
`);
const SIGNUP = graphql(`
  mutation SharedThrottleSignup($input: SignupInput!) {
    signup(input: $input) {
      token
    }
  }
`);

/** Global setup probed PostgreSQL: CI fails without it; a laptop skips, naming the start command. */
const describeOnPostgres = process.env.MYMDB_TEST_POSTGRES === '1' ? describe : describe.skip;

/**
 * Two instances started at the same moment on one fresh PostgreSQL database, as behind a load
 * balancer: one migration, one demo load, and every budget the same whichever instance answers.
 */
describeOnPostgres('several instances on one PostgreSQL database', () => {
  const dataDir = tempDir();
  let database: TestDatabase;
  let instances: App[] = [];
  let urls: string[] = [];
  let loads: jest.SpyInstance;

  beforeAll(async () => {
    database = await createTestDatabase('postgresql', dataDir);
    const config = {
      ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', SEED_DEMO: 'true', SIGNUPS_PER_ADDRESS_PER_HOUR: '3' }),
      database: database.config,
    };
    loads = jest.spyOn(logger, 'info');
    instances = await Promise.all([createApp(config), createApp(config)]);
    urls = (await Promise.all(instances.map((app) => app.start(0, '127.0.0.1')))).map(
      (port) => `http://127.0.0.1:${port}`,
    );
  }, 60_000);
  afterAll(async () => {
    await Promise.all(instances.map((app) => app.stop()));
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const post = async (instance: number, query: typeof LOGIN | typeof SIGNUP, variables: object) => {
    const response = await fetch(`${urls[instance]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(query), variables }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    return body.errors?.[0]?.extensions?.code ?? 'OK';
  };

  it('loads the demo catalogue once, though both started on an empty database', async () => {
    const knex = instances[0].services.orm.em.getKnex();
    const movies = Number(((await knex('movie').count({ n: '*' }).first()) as { n: string | number }).n);
    expect(movies).toBe(demoRecords().length);
    // Without the start-up lock both saw an empty catalogue and both imported it.
    expect(loads.mock.calls.filter(([message]) => message === 'loaded the demo catalogue')).toHaveLength(1);
  });

  it('continues a bot conversation on the other instance, never repeating a movie', async () => {
    const ask = async (instance: number, input: { message: string; conversationId?: string }) => {
      const response = await fetch(`${urls[instance]}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(ASK), variables: { input } }),
      });
      return (
        (await response.json()) as {
          data: { askBot: { conversationId: string; intent: string; movies: Array<{ id: string }> } };
        }
      ).data.askBot;
    };
    const first = await ask(0, { message: 'sci-fi movies' });
    const more = await ask(1, { message: 'more', conversationId: first.conversationId });
    expect(more.conversationId).toBe(first.conversationId);
    expect(more.intent).toBe('MORE');
    expect(first.movies.length).toBeGreaterThan(0);
    expect(more.movies.length).toBeGreaterThan(0);
    const shownFirst = new Set(first.movies.map((m) => m.id));
    expect(more.movies.filter((m) => shownFirst.has(m.id))).toEqual([]);
  });

  it('counts signups from one address on both instances against one budget', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      codes.push(
        await post(i % 2, SIGNUP, {
          input: { username: `shared${i}`, email: `shared${i}@example.test`, password: `Lantern-shared-${i}-91!` },
        }),
      );
    }
    expect(codes).toEqual(['OK', 'OK', 'OK', 'TOO_MANY_REQUESTS']);
  });

  it('refuses the sixth wrong password whichever instance it reaches, concurrent attempts included', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(i % 2, LOGIN, { input: { username: 'shared0', password: `wrong-${i}` } }),
      ),
    );
    // Each UNAUTHENTICATED is one password check: at most five in all, across both instances.
    expect(attempts.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(5);
    expect(attempts.filter((code) => code === 'TOO_MANY_REQUESTS').length).toBeGreaterThanOrEqual(15);
    expect(await post(0, LOGIN, { input: { username: 'shared0', password: 'Lantern-shared-0-91!' } })).toBe(
      'TOO_MANY_REQUESTS',
    );
    expect(await post(1, LOGIN, { input: { username: 'shared0', password: 'Lantern-shared-0-91!' } })).toBe(
      'TOO_MANY_REQUESTS',
    );
  });
});
