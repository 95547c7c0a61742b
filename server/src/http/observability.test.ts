import { logger } from '../modules/common/logger';
import { bearer, dataOf, signUp, startTestServer, type TestServer } from '../../test/harness';
import { RoomSubscriber, waitUntil, wsClient } from '../../test/chat-clients';
import { graphql } from '../../test/__generated__';

const MOVIES = graphql(`
  query ObservabilityMovies {
    movies(first: 1) {
      totalCount
    }
  }
`);

describe('request ids, operation logs and /metrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seedDemo: true });
  });
  afterAll(() => server?.stop());

  const scrape = async () => (await fetch(`${server.url}/metrics`)).text();

  it('keeps a well-formed x-request-id, replaces any other, and logs each operation under it', async () => {
    const lines = jest.spyOn(logger, 'info');
    const kept = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-abc.123' },
      body: JSON.stringify({ query: '{ movies(first: 1) { totalCount } }' }),
    });
    expect(kept.headers.get('x-request-id')).toBe('trace-abc.123');
    const replaced = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const logged = lines.mock.calls.find(([message]) => message === 'graphql operation');
    expect(logged?.[1]).toMatchObject({ requestId: 'trace-abc.123', operation: 'anonymous', userId: null });
    lines.mockRestore();
  });

  it('counts operations by name, errors by code, accepted messages and open sockets', async () => {
    dataOf(await server.gql(MOVIES));
    await server.gql(`{ movie(id: "x") { id } }`);
    const { token } = await signUp(server, 'metered');
    await server.gql(`mutation { createRoom(input: { name: "Metered" }) { slug } }`, {}, bearer(token));
    const client = wsClient(server.url, `Bearer ${token}`);
    const subscriber = new RoomSubscriber(client, 'metered');
    await waitUntil(() => server.app.services.chat.bus.subscriberCount('metered') > 0, 'the subscription');
    await server.gql(
      `mutation { sendMessage(input: { roomSlug: "metered", content: "counted" }) { id } }`,
      {},
      bearer(token),
    );
    await subscriber.waitFor(1);
    const text = await scrape();
    expect(text).toMatch(/graphql_operation_duration_seconds_count\{operation="ObservabilityMovies",type="query"\} 1/);
    expect(text).toMatch(/graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]/);
    expect(text).toMatch(/chat_messages_accepted_total [1-9]/);
    expect(text).toMatch(/websocket_connections 1/);
    expect(text).toMatch(/graphql_subscriptions 1/);
    expect(text).toMatch(/graphql_subscription_events_total [1-9]/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} [1-9]/);
    subscriber.close();
    await client.dispose();
    await waitUntil(async () => /websocket_connections 0/.test(await scrape()), 'the socket to be counted out');
  });
});
