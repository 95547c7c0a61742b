import type { DocumentNode } from 'graphql';
import { RoomSubscriber, waitUntil, wsClient } from '../../../test/chat-clients';
import { adminToken, bearer, dataOf, dialects, signUp, startTestServer, type TestServer } from '../../../test/harness';
import { graphql } from '../../../test/__generated__';

const SET_ROLE = graphql(`
  mutation UserAdminSetUserRole($userId: ID!, $isAdmin: Boolean!) {
    setUserRole(userId: $userId, isAdmin: $isAdmin) {
      id
      isAdmin
      isActive
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation UserAdminDeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      id
      isActive
    }
  }
`);
const REACTIVATE = graphql(`
  mutation UserAdminReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      id
      isActive
    }
  }
`);
const USERS = graphql(`
  query UserAdminUsers($search: String, $first: Int, $after: String) {
    users(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          username
          isAdmin
        }
      }
    }
  }
`);
const LOGIN = graphql(`
  mutation UserAdminLogin($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`);

describe.each(dialects())('account administration on %s', (dialect) => {
  let server: TestServer;
  let admin: Record<string, string>;
  let adminId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = bearer(await adminToken(server, 'chief'));
    adminId = dataOf(
      await server.gql(
        graphql(`
          query UserAdminMe {
            me {
              id
            }
          }
        `),
        {},
        admin,
      ),
    ).me!.id;
  });
  afterAll(() => server?.stop());

  const code = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) =>
    response.errors?.[0]?.extensions?.code;

  /** A member with a live chat socket, reporting the code it gets closed with. */
  async function memberWithSocket(name: string) {
    const member = await signUp(server, name);
    const created = await server.gql(
      graphql(`
        mutation UserAdminCreateRoom($name: String!) {
          createRoom(input: { name: $name }) {
            slug
          }
        }
      `),
      { name: `${name} room` },
      bearer(member.token),
    );
    const slug: string = dataOf(created).createRoom.slug;
    const socket = { closedWith: 0 };
    const client = wsClient(server.url, `Bearer ${member.token}`, (closeCode) => (socket.closedWith = closeCode));
    const subscriber = new RoomSubscriber(client, slug);
    await waitUntil(() => server.app.services.chat.bus.subscriberCount(slug) > 0, 'the subscription');
    return { ...member, socket, done: () => (subscriber.close(), client.dispose()) };
  }

  it('is for admins only', async () => {
    const member = await signUp(server, `nosy_${dialect}`);
    for (const [query, variables] of [
      [USERS, {}],
      [SET_ROLE, { userId: member.userId, isAdmin: true }],
      [DEACTIVATE, { userId: adminId }],
      [REACTIVATE, { userId: member.userId }],
    ] as Array<[DocumentNode, Record<string, unknown>]>) {
      expect(code(await server.gql(query, variables, bearer(member.token)))).toBe('FORBIDDEN');
    }
    expect(code(await server.gql(USERS, {}))).toBe('UNAUTHENTICATED');
  });

  it('lists accounts by username, searched and paged', async () => {
    for (const name of ['pager_a', 'pager_b', 'pager_c']) await signUp(server, `${name}_${dialect}`);
    const first = dataOf(await server.gql(USERS, { search: 'PAGER_', first: 2 }, admin)).users;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: any) => e.node.username)).toEqual([`pager_a_${dialect}`, `pager_b_${dialect}`]);
    const next = dataOf(
      await server.gql(USERS, { search: 'pager_', first: 2, after: first.pageInfo.endCursor }, admin),
    ).users;
    expect(next.edges.map((e: any) => e.node.username)).toEqual([`pager_c_${dialect}`]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('promotes and demotes; a demoted admin loses their sessions and open sockets (4403)', async () => {
    const member = await memberWithSocket(`deputy_${dialect}`);
    expect(
      dataOf(await server.gql(SET_ROLE, { userId: member.userId, isAdmin: true }, admin)).setUserRole,
    ).toMatchObject({
      isAdmin: true,
    });
    expect(member.socket.closedWith).toBe(0);
    expect(
      dataOf(await server.gql(SET_ROLE, { userId: member.userId, isAdmin: false }, admin)).setUserRole,
    ).toMatchObject({
      isAdmin: false,
    });
    await waitUntil(() => member.socket.closedWith !== 0, 'the socket to close', 5_000);
    expect(member.socket.closedWith).toBe(4403);
    expect(
      code(
        await server.gql(
          graphql(`
            query UserAdminMe2 {
              me {
                id
              }
            }
          `),
          {},
          bearer(member.token),
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    await member.done();
  });

  it('deactivates (no login, sockets closed) and reactivates', async () => {
    const member = await memberWithSocket(`sleeper_${dialect}`);
    expect(dataOf(await server.gql(DEACTIVATE, { userId: member.userId }, admin)).deactivateUser).toMatchObject({
      isActive: false,
    });
    await waitUntil(() => member.socket.closedWith !== 0, 'the socket to close', 5_000);
    expect(member.socket.closedWith).toBe(4403);
    const login = (password: string) => server.gql(LOGIN, { input: { username: `sleeper_${dialect}`, password } });
    expect(code(await login(member.password))).toBe('FORBIDDEN');
    expect(dataOf(await server.gql(REACTIVATE, { userId: member.userId }, admin)).reactivateUser).toMatchObject({
      isActive: true,
    });
    expect(dataOf(await login(member.password)).login.token).toBeTruthy();
    await member.done();
  });

  it('answers NOT_FOUND for an unknown user and BAD_USER_INPUT for a malformed id', async () => {
    expect(code(await server.gql(DEACTIVATE, { userId: '999999' }, admin))).toBe('NOT_FOUND');
    expect(code(await server.gql(DEACTIVATE, { userId: 'abc' }, admin))).toBe('BAD_USER_INPUT');
  });

  it('never removes the last active admin, even when two admins demote each other at once', async () => {
    expect(code(await server.gql(SET_ROLE, { userId: adminId, isAdmin: false }, admin))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(DEACTIVATE, { userId: adminId }, admin))).toBe('BAD_USER_INPUT');
    const second = await signUp(server, `second_${dialect}`);
    dataOf(await server.gql(SET_ROLE, { userId: second.userId, isAdmin: true }, admin));
    const results = await Promise.all([
      server.gql(SET_ROLE, { userId: second.userId, isAdmin: false }, admin),
      server.gql(SET_ROLE, { userId: adminId, isAdmin: false }, bearer(second.token)),
    ]);
    const remaining = await server.app.services.orm.em
      .fork()
      .getKnex()('app_user')
      .where({ is_admin: true, is_active: true })
      .count({ n: '*' })
      .first();
    expect(Number(remaining!.n)).toBe(1);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    // The loser is refused as the last admin, or finds its own token already revoked by the winner.
    expect(['BAD_USER_INPUT', 'UNAUTHENTICATED']).toContain(code(results.find((r) => r.errors)!));
  });
});
