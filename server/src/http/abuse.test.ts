import { print, type DocumentNode } from 'graphql';
import WebSocket from 'ws';
import { loadConfig } from '../config';
import { RoomSubscriber, waitUntil, wsClient } from '../../test/chat-clients';
import { adminToken, bearer, dataOf, dialects, signUp, startTestServer, type TestServer } from '../../test/harness';
import { graphql } from '../../test/__generated__';

/**
 * A hostile client on loopback, replaying what was seen to take the first release down: every
 * attempt is refused with a stable code, executes nothing, and the server keeps answering.
 * Each dialect runs against one server; /healthz and memory are checked at the end.
 */
describe.each(dialects())('a hostile client on %s', (dialect) => {
  let server: TestServer;
  let rssBefore: number;
  const code = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) =>
    response.errors?.[0]?.extensions?.code;
  // Each test speaks from its own address (TRUST_PROXY=loopback lets X-Forwarded-For say which).
  let addressCounter = 0;
  const fromNewAddress = () => ({ 'x-forwarded-for': `203.0.113.${++addressCounter}` });

  beforeAll(async () => {
    server = await startTestServer(dialect, {
      seedDemo: true,
      env: {
        TRUST_PROXY: 'loopback',
        UPLOAD_MAX_BYTES: '4096',
        SIGNUPS_PER_ADDRESS_PER_HOUR: '20',
        ROOMS_PER_USER_PER_HOUR: '20',
      },
    });
    global.gc?.();
    rssBefore = process.memoryUsage().rss;
  });
  afterAll(() => server?.stop());

  /** Refused before execution: the refusal's code, and not one SQL statement run. */
  async function refused(query: string | DocumentNode, variables?: Record<string, unknown>) {
    server.statements.reset();
    const response = await server.gql(query, variables, fromNewAddress());
    return {
      code: code(response),
      extensions: response.errors?.[0]?.extensions,
      statements: server.statements.count,
      status: response.status,
    };
  }

  const nested = (depth: number, leaf: string, wrap: (inner: string) => string) => {
    let selection = leaf;
    for (let i = 0; i < depth; i++) selection = wrap(selection);
    return selection;
  };

  it('refuses similar(limit: 20) nested six levels, with the measured cost and the limit', async () => {
    const query = `{ movie(id: 1) { ${nested(6, 'id title', (inner) => `similar(limit: 20) { movie { id ${inner} } }`)} } }`;
    const result = await refused(query);
    expect(['QUERY_TOO_COMPLEX', 'QUERY_TOO_DEEP']).toContain(result.code);
    expect(result.extensions?.limit).toBeGreaterThan(0);
    expect(result.statements).toBe(0);
    expect(result.status).toBe(400);
  });

  it('refuses a cost bomb within the depth limit (lists inside lists)', async () => {
    const query = graphql(`
      query AbuseMovies {
        movies(first: 100) {
          edges {
            node {
              similar(limit: 20) {
                movie {
                  director {
                    directed {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      }
    `);
    const result = await refused(query);
    expect(result.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.extensions?.measured).toBeGreaterThan(result.extensions?.limit);
    expect(result.statements).toBe(0);
  });

  it('refuses person.directed.director.directed … five levels deep', async () => {
    const query = `{ person(id: 1) { ${nested(5, 'id', (inner) => `directed { director { ${inner} } }`)} } }`;
    const result = await refused(query);
    expect(['QUERY_TOO_COMPLEX', 'QUERY_TOO_DEEP']).toContain(result.code);
    expect(result.statements).toBe(0);
  });

  it('refuses fragments that multiply aliases, and thousands of aliases of one field', async () => {
    const fields = Array.from({ length: 10 }, (_, i) => `a${i}: similar(limit: 20) { movie { id } }`).join(' ');
    const fragments = Array.from({ length: 6 }, (_, i) => `fragment F${i} on Movie { ${fields} }`).join('\n');
    const bomb = await refused(
      `{ movie(id: 1) { ${Array.from({ length: 6 }, (_, i) => `...F${i}`).join(' ')} } }\n${fragments}`,
    );
    expect(['TOO_MANY_ALIASES', 'QUERY_TOO_COMPLEX']).toContain(bomb.code);
    expect(bomb.statements).toBe(0);
    const aliases = Array.from({ length: 5000 }, (_, i) => `m${i}: movie(id: 1) { id }`).join(' ');
    const many = await refused(`{ ${aliases} }`);
    expect(['TOO_MANY_ALIASES', 'TOO_MANY_TOKENS']).toContain(many.code);
    expect(many.statements).toBe(0);
    const someAliases = await refused(
      `{ ${Array.from({ length: 16 }, (_, i) => `m${i}: movie(id: 1) { id }`).join(' ')} }`,
    );
    expect(someAliases.code).toBe('TOO_MANY_ALIASES');
    expect(someAliases.extensions).toMatchObject({ measured: 16, limit: 15 });
  });

  it('refuses too many directives and too many tokens', async () => {
    const directives = Array.from({ length: 25 }, () => '@include(if: true)').join(' ');
    expect((await refused(`{ movie(id: 1) { id ${directives} } }`)).code).toBe('TOO_MANY_DIRECTIVES');
    const tokens = await refused(`{ movie(id: 1) { ${'id '.repeat(3000)} } }`);
    expect(tokens.code).toBe('TOO_MANY_TOKENS');
    expect(tokens.extensions?.limit).toBe(2000);
  });

  it('holds the login limit under 100 concurrent attempts, the right password 50th among them', async () => {
    const victim = await signUp(server, `victim_${dialect}`);
    const attacker = fromNewAddress();
    const attempts = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        server.gql(
          graphql(`
            mutation AbuseLogin($input: LoginInput!) {
              login(input: $input) {
                token
              }
            }
          `),
          { input: { username: `victim_${dialect}`, password: i === 49 ? victim.password : `wrong-${i}` } },
          attacker,
        ),
      ),
    );
    const codes = attempts.map(code);
    // Every UNAUTHENTICATED answer is one password check that ran.
    expect(
      codes.filter((c) => c === 'UNAUTHENTICATED').length + codes.filter((c) => c === undefined).length,
    ).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS').length).toBeGreaterThanOrEqual(95);
    const refusal = attempts.find((a) => code(a) === 'TOO_MANY_REQUESTS')!;
    expect(refusal.errors![0].extensions!.retryAfter).toBeGreaterThan(0);
  });

  it('lets the owner in from where they logged in before while their name is hammered from elsewhere', async () => {
    const admin = `boss_${dialect}`;
    await adminToken(server, admin);
    const home = fromNewAddress();
    const login = (password: string, from: Record<string, string>) =>
      server.gql(
        graphql(`
          mutation AbuseLogin2($input: LoginInput!) {
            login(input: $input) {
              token
            }
          }
        `),
        { input: { username: admin, password } },
        from,
      );
    expect(code(await login('Quiet-Harbour-Lamp-7', home))).toBeUndefined();
    // Twenty addresses, five wrong passwords each: every per-username budget an attacker can reach is spent.
    for (let a = 0; a < 20; a++) {
      const from = fromNewAddress();
      await Promise.all(Array.from({ length: 6 }, (_, i) => login(`nope-${a}-${i}`, from)));
    }
    expect(code(await login('Quiet-Harbour-Lamp-7', fromNewAddress()))).toBe('TOO_MANY_REQUESTS');
    expect(code(await login('Quiet-Harbour-Lamp-7', home))).toBeUndefined();
  });

  it('limits signups per address and room creation per user, with retryAfter', async () => {
    const from = fromNewAddress();
    const codes: unknown[] = [];
    for (let i = 0; i < 22; i++) {
      const response = await server.gql(
        graphql(`
          mutation AbuseSignup($input: SignupInput!) {
            signup(input: $input) {
              token
            }
          }
        `),
        {
          input: {
            username: `spam${i}_${dialect}`,
            email: `spam${i}_${dialect}@example.test`,
            password: `Lantern-spam-${i}-91!`,
          },
        },
        from,
      );
      codes.push(code(response));
    }
    expect(codes.slice(0, 20)).toEqual(Array(20).fill(undefined));
    expect(codes.slice(20)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);

    const { token } = await signUp(server, `roomer_${dialect}`);
    const roomCodes: unknown[] = [];
    for (let i = 0; i < 21; i++) {
      roomCodes.push(
        code(
          await server.gql(`mutation { createRoom(input: { name: "spam room ${i}" }) { slug } }`, {}, bearer(token)),
        ),
      );
    }
    expect(roomCodes.slice(0, 20)).toEqual(Array(20).fill(undefined));
    expect(roomCodes[20]).toBe('TOO_MANY_REQUESTS');
    const page = dataOf(
      await server.gql(
        graphql(`
          query AbuseRooms {
            rooms(first: 5) {
              slug
            }
          }
        `),
      ),
    ).rooms as Array<{ slug: string }>;
    expect(page).toHaveLength(5);
    const next = dataOf(
      await server.gql(
        graphql(`
          query AbuseRooms2($after: String) {
            rooms(first: 5, after: $after) {
              slug
            }
          }
        `),
        { after: page[4].slug },
      ),
    ).rooms as Array<{ slug: string }>;
    expect(next[0].slug > page[4].slug).toBe(true);
  });

  it('refuses look-alike usernames (NFKC and TR39 confusable skeletons)', async () => {
    await signUp(server, `admin${dialect}`);
    for (const lookalike of [`\u0430dmin${dialect}`, `ａｄｍｉｎ${dialect}`, `𝐚𝐝𝐦𝐢𝐧${dialect}`, `ADMIN${dialect}`]) {
      const response = await server.gql(
        graphql(`
          mutation AbuseSignup2($input: SignupInput!) {
            signup(input: $input) {
              token
            }
          }
        `),
        { input: { username: lookalike, email: `x${addressCounter}@example.test`, password: 'Lantern-lookalike-91!' } },
        fromNewAddress(),
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    }
  });

  it('refuses U+0000, lone surrogates and non-characters in any string input, naming the field', async () => {
    const { token } = await signUp(server, `typist_${dialect}`);
    const cases: Array<[DocumentNode, Record<string, unknown>, string]> = [
      [
        graphql(`
          mutation AbuseCreateReview($input: CreateReviewInput!) {
            createReview(input: $input) {
              id
            }
          }
        `),
        { input: { movieId: '1', title: 'a\u0000b', body: 'fine' } },
        'input.title',
      ],
      [
        graphql(`
          mutation AbuseCreateRoom($input: CreateRoomInput!) {
            createRoom(input: $input) {
              slug
            }
          }
        `),
        { input: { name: 'nul\u0000room' } },
        'input.name',
      ],
      [
        graphql(`
          query AbuseMovies2($s: String) {
            movies(filter: { search: $s }) {
              totalCount
            }
          }
        `),
        { s: '\u0000' },
        's',
      ],
      [
        graphql(`
          query AbuseMovies3($g: [String!]) {
            movies(filter: { genres: $g }) {
              totalCount
            }
          }
        `),
        { g: ['Drama', 'x\ud800'] },
        'g.1',
      ],
      [
        graphql(`
          mutation AbuseSendMessage($input: SendMessageInput!) {
            sendMessage(input: $input) {
              id
            }
          }
        `),
        { input: { roomSlug: 'x', content: 'a\uFFFEb' } },
        'input.content',
      ],
    ];
    for (const [query, variables, field] of cases) {
      server.statements.reset();
      const response = await server.gql(query, variables, bearer(token));
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      // The token check reads the user; nothing else reaches the database.
      expect(server.statements.log.filter((sql) => !/app_user/.test(sql))).toEqual([]);
    }
    const inline = await server.gql(`{ movies(filter: { search: "\\u0000" }) { totalCount } }`);
    expect(inline.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    const signup = await server.gql(
      graphql(`
        mutation AbuseSignup3($input: SignupInput!) {
          signup(input: $input) {
            token
          }
        }
      `),
      { input: { username: 'nul\u0000user', email: 'nul@example.test', password: 'Lantern-nul-91!' } },
      fromNewAddress(),
    );
    expect(signup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.username' });
  });

  it('bounds the bot conversation id', async () => {
    const response = await server.gql(
      graphql(`
        mutation AbuseAskBot($input: AskBotInput!) {
          askBot(input: $input) {
            text
          }
        }
      `),
      { input: { message: 'sci-fi', conversationId: 'x'.repeat(950_000) } },
      fromNewAddress(),
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.conversationId' });
    const short = await server.gql(
      graphql(`
        mutation AbuseAskBot2($input: AskBotInput!) {
          askBot(input: $input) {
            text
          }
        }
      `),
      { input: { message: 'sci-fi', conversationId: 'y'.repeat(101) } },
      fromNewAddress(),
    );
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'conversationId' });
  });

  it('lets exactly one of ten concurrent deletes of a review succeed', async () => {
    const { token } = await signUp(server, `deleter_${dialect}`);
    const created = dataOf(
      await server.gql(
        graphql(`
          mutation AbuseCreateReview2 {
            createReview(input: { movieId: "2", title: "Once", body: "Only once." }) {
              id
            }
          }
        `),
        {},
        bearer(token),
      ),
    );
    const deletes = await Promise.all(
      Array.from({ length: 10 }, () =>
        server.gql(
          graphql(`
            mutation AbuseDeleteReview($id: ID!) {
              deleteReview(id: $id) {
                id
              }
            }
          `),
          { id: created.createReview.id },
          bearer(token),
        ),
      ),
    );
    expect(deletes.filter((d) => !d.errors).length).toBe(1);
    expect(deletes.filter((d) => code(d) === 'NOT_FOUND').length).toBe(9);
  });

  it('answers upload mistakes with BAD_USER_INPUT and an oversized file with HTTP 413', async () => {
    const admin = { ...bearer(await adminToken(server, `uploader_${dialect}`)), 'apollo-require-preflight': 'true' };
    const IMPORT = graphql(`
      mutation AbuseImportMovies($file: Upload!) {
        importMovies(file: $file) {
          total
        }
      }
    `);
    const post = async (form: FormData) => {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', body: form, headers: admin });
      return { status: response.status, body: await response.json() };
    };
    const missing = new FormData();
    missing.append('operations', JSON.stringify({ query: print(IMPORT), variables: { file: null } }));
    missing.append('map', JSON.stringify({ 0: ['variables.file'] }));
    expect(code((await post(missing)).body)).toBe('BAD_USER_INPUT');

    const asString = await server.gql(IMPORT, { file: 'not a file' }, admin);
    expect(code(asString)).toBe('BAD_USER_INPUT');

    const tooBig = new FormData();
    tooBig.append('operations', JSON.stringify({ query: print(IMPORT), variables: { file: null } }));
    tooBig.append('map', JSON.stringify({ 0: ['variables.file'] }));
    tooBig.append('0', new Blob(['x'.repeat(4097)], { type: 'application/json' }), 'movies.json');
    const big = await post(tooBig);
    expect(big.status).toBe(413);
    expect(code(big.body)).toBe('PAYLOAD_TOO_LARGE');
  });

  describe('over the WebSocket', () => {
    it('applies the same cost limits to subscriptions', async () => {
      const { token } = await signUp(server, `wsbomb_${dialect}`);
      const client = wsClient(server.url, `Bearer ${token}`);
      const errors: any[] = [];
      await new Promise<void>((resolve) => {
        client.subscribe(
          {
            query: `subscription { messageAdded(roomSlug: "lobby") { ${nested(4, 'id', (inner) => `room { messages(last: 200) { ${inner} } }`)} } }`,
          },
          { next: () => undefined, error: (error) => (errors.push(error), resolve()), complete: resolve },
        );
      });
      expect(errors[0]?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      await client.dispose();
    });

    it('closes a socket whose user logs out, with 4403, and it cannot subscribe again', async () => {
      const { token } = await signUp(server, `leaver_${dialect}`);
      await server.gql(
        graphql(`
          mutation AbuseCreateRoom2 {
            createRoom(input: { name: "Leavers" }) {
              slug
            }
          }
        `),
        {},
        bearer(token),
      );
      let closedWith = 0;
      const client = wsClient(server.url, `Bearer ${token}`, (c) => (closedWith = c));
      const subscriber = new RoomSubscriber(client, 'leavers');
      await waitUntil(() => server.app.services.chat.bus.subscriberCount('leavers') > 0, 'the subscription');
      await server.gql(
        graphql(`
          mutation AbuseLogout {
            logout
          }
        `),
        {},
        bearer(token),
      );
      await waitUntil(() => closedWith !== 0, 'the socket to close', 5_000);
      expect(closedWith).toBe(4403);
      subscriber.close();
      let again = 0;
      const retry = wsClient(server.url, `Bearer ${token}`, (c) => (again = c));
      new RoomSubscriber(retry, 'leavers');
      await waitUntil(() => again !== 0, 'the revoked token to be refused', 5_000);
      expect(again).toBe(4403);
      await client.dispose();
      await retry.dispose();
    });

    it('refuses an oversized frame before connection_init, and caps subscriptions per socket and sockets per address', async () => {
      const url = `${server.url.replace(/^http/, 'ws')}/graphql`;
      const closeCode = await new Promise<number>((resolve) => {
        const socket = new WebSocket(url, 'graphql-transport-ws');
        socket.on('open', () => socket.send('x'.repeat(1024 * 1024)));
        socket.on('close', (c) => resolve(c));
        socket.on('error', () => undefined);
      });
      expect(closeCode).toBe(1009);

      const { token } = await signUp(server, `hoarder_${dialect}`);
      await server.gql(
        graphql(`
          mutation AbuseCreateRoom3 {
            createRoom(input: { name: "Hoard" }) {
              slug
            }
          }
        `),
        {},
        bearer(token),
      );
      const client = wsClient(server.url, `Bearer ${token}`);
      const subscribers = Array.from({ length: 51 }, () => new RoomSubscriber(client, 'hoard'));
      await waitUntil(
        () => subscribers.some((subscriber) => subscriber.errors.length > 0),
        'one subscription to be refused',
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const refused = subscribers.filter((subscriber) => subscriber.errors.length > 0);
      expect(refused).toHaveLength(1);
      const refusal = refused[0].errors[0] as any;
      expect((Array.isArray(refusal) ? refusal[0] : refusal).extensions.code).toBe('TOO_MANY_SUBSCRIPTIONS');
      // The fifty accepted ones join the room asynchronously (a room lookup each): on a busy
      // machine the refusal can come back first.
      await waitUntil(() => server.app.services.chat.bus.subscriberCount('hoard') >= 50, 'fifty subscriptions');
      expect(server.app.services.chat.bus.subscriberCount('hoard')).toBe(50);
      for (const subscriber of subscribers) subscriber.close();
      await client.dispose();

      const sockets = Array.from({ length: 51 }, () => new WebSocket(url, 'graphql-transport-ws'));
      const closeCodes: number[] = [];
      for (const socket of sockets) {
        socket.on('close', (c) => closeCodes.push(c));
        socket.on('error', () => undefined);
      }
      await waitUntil(() => closeCodes.includes(4429), 'a socket past the per-address cap to be closed');
      expect(closeCodes.filter((c) => c === 4429).length).toBeGreaterThanOrEqual(1);
      for (const socket of sockets) socket.terminate();
    });
  });

  it('still answers /healthz, and grew by less than 100 MB over all of the above', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    global.gc?.();
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });
});

describe('production defaults', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { env: { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) } });
  });
  afterAll(() => server?.stop());

  it('turns introspection, field suggestions and GraphiQL off, and sends security headers', async () => {
    const introspection = await server.gql(
      graphql(`
        query AbuseSchema {
          __schema {
            types {
              name
            }
          }
        }
      `),
    );
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await server.gql(`{ movie(id: 1) { titel } }`);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toMatch(/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('can be told to keep introspection and GraphiQL', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      GRAPHQL_INTROSPECTION: 'true',
      GRAPHIQL: 'true',
    });
    expect(config.graphql).toMatchObject({ introspection: true, graphiql: true, fieldSuggestions: false });
  });
});
