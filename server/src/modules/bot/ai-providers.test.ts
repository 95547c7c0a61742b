import { print } from 'graphql';
import http from 'node:http';
import http2 from 'node:http2';
import { EventStreamCodec } from '@smithy/core/event-streams';
import { waitUntil, wsClient } from '../../../test/chat-clients';
import type { AddressInfo } from 'node:net';
import { dataOf, signUp, startTestServer, type TestServer } from '../../../test/harness';
import { graphql } from '../../../test/__generated__';

/**
 * The real @google/genai and @aws-sdk/client-bedrock-runtime clients, pointed (endpoint override)
 * at local stubs that answer in each provider's wire format, one scripted reply per model call.
 */
/** A JSON body, Gemini's server-sent events, or Bedrock's binary event stream. */
type Reply = {
  status?: number;
  delayMs?: number;
  body?: unknown;
  sse?: unknown[];
  events?: Array<{ type: string; body: unknown }>;
};

const utf8 = {
  to: (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8'),
  from: (text: string) => new Uint8Array(Buffer.from(text)),
};
const eventCodec = new EventStreamCodec(utf8.to, utf8.from);

function encodeEvents(events: Array<{ type: string; body: unknown }>): Buffer {
  return Buffer.concat(
    events.map(({ type, body }) =>
      Buffer.from(
        eventCodec.encode({
          headers: {
            ':event-type': { type: 'string', value: type },
            ':message-type': { type: 'string', value: 'event' },
            ':content-type': { type: 'string', value: 'application/json' },
          },
          body: utf8.from(JSON.stringify(body)),
        }),
      ),
    ),
  );
}
type Script = Array<(request: { url: string; body: any }) => Reply>;

/** Gemini's SDK speaks HTTP/1.1; Bedrock's runtime client speaks HTTP/2 (cleartext against a stub). */
class ProviderStub {
  readonly requests: Array<{ url: string; body: any }> = [];
  script: Script = [];
  private readonly sessions = new Set<http2.ServerHttp2Session>();
  private readonly server: http.Server | http2.Http2Server;

  constructor(protocol: 'http1' | 'http2') {
    this.server = protocol === 'http1' ? http.createServer(this.handle) : http2.createServer(this.handle);
    if (protocol === 'http2')
      this.server.on('session', (session: http2.ServerHttp2Session) => this.sessions.add(session));
  }

  private readonly handle = (
    req: http.IncomingMessage | http2.Http2ServerRequest,
    res: http.ServerResponse | http2.Http2ServerResponse,
  ) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { url: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') };
      this.requests.push(request);
      const next = this.script.shift();
      const reply = next ? next(request) : { status: 500, body: { error: 'no scripted reply' } };
      setTimeout(() => {
        if (res.destroyed) return;
        if (reply.sse) {
          (res as http.ServerResponse).writeHead(200, { 'content-type': 'text/event-stream' });
          res.end(reply.sse.map((chunk) => `data: ${JSON.stringify(chunk)}\r\n\r\n`).join(''));
        } else if (reply.events) {
          (res as http.ServerResponse).writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream' });
          res.end(encodeEvents(reply.events));
        } else {
          (res as http.ServerResponse).writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(reply.body));
        }
      }, reply.delayMs ?? 0);
    });
  };

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    if ('closeAllConnections' in this.server) this.server.closeAllConnections();
    for (const session of this.sessions) session.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** How each provider's wire format says "call this tool" and "here is my final text", and where tool results come back. */
const WIRE = {
  gemini: {
    toolCall: (name: string, args: unknown) => ({
      candidates: [{ content: { role: 'model', parts: [{ functionCall: { name, args } }] }, finishReason: 'STOP' }],
    }),
    final: (text: string) => ({
      candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP' }],
    }),
    toolResults: (body: any): any[] =>
      body.contents
        .flatMap((c: any) => c.parts ?? [])
        .filter((p: any) => p.functionResponse)
        .map((p: any) => p.functionResponse.response.result),
    streamToolCall: (name: string, args: unknown): Reply => ({
      sse: [{ candidates: [{ content: { role: 'model', parts: [{ functionCall: { name, args } }] } }] }],
    }),
    streamText: (pieces: string[]): Reply => ({
      sse: pieces.map((text) => ({ candidates: [{ content: { role: 'model', parts: [{ text }] } }] })),
    }),
    streamPath: /\/models\/gemini-test:streamGenerateContent/,
    env: (url: string) => ({
      AI_PROVIDER: 'gemini',
      GEMINI_API_KEY: 'test-key',
      GEMINI_BASE_URL: url,
      GEMINI_MODEL: 'gemini-test',
    }),
    path: /\/models\/gemini-test:generateContent/,
    protocol: 'http1' as const,
  },
  bedrock: {
    toolCall: (name: string, args: unknown) => ({
      output: {
        message: { role: 'assistant', content: [{ toolUse: { toolUseId: `call-${name}`, name, input: args } }] },
      },
      stopReason: 'tool_use',
      usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15 },
      metrics: { latencyMs: 5 },
    }),
    final: (text: string) => ({
      output: { message: { role: 'assistant', content: [{ text }] } },
      stopReason: 'end_turn',
      usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15 },
      metrics: { latencyMs: 5 },
    }),
    toolResults: (body: any): any[] =>
      body.messages
        .flatMap((m: any) => m.content)
        .filter((c: any) => c.toolResult)
        .map((c: any) => c.toolResult.content[0].json.result),
    streamToolCall: (name: string, args: unknown): Reply => ({
      events: [
        { type: 'messageStart', body: { role: 'assistant' } },
        {
          type: 'contentBlockStart',
          body: { contentBlockIndex: 0, start: { toolUse: { toolUseId: `call-${name}`, name } } },
        },
        ...JSON.stringify(args)
          .match(/.{1,12}/g)!
          .map((input) => ({
            type: 'contentBlockDelta',
            body: { contentBlockIndex: 0, delta: { toolUse: { input } } },
          })),
        { type: 'contentBlockStop', body: { contentBlockIndex: 0 } },
        { type: 'messageStop', body: { stopReason: 'tool_use' } },
      ],
    }),
    streamText: (pieces: string[]): Reply => ({
      events: [
        { type: 'messageStart', body: { role: 'assistant' } },
        ...pieces.map((text) => ({ type: 'contentBlockDelta', body: { contentBlockIndex: 0, delta: { text } } })),
        { type: 'contentBlockStop', body: { contentBlockIndex: 0 } },
        { type: 'messageStop', body: { stopReason: 'end_turn' } },
      ],
    }),
    streamPath: /\/model\/test\.model-v1\/converse-stream$/,
    env: (url: string) => ({
      AI_PROVIDER: 'bedrock',
      BEDROCK_ENDPOINT: url,
      BEDROCK_MODEL_ID: 'test.model-v1',
      BEDROCK_REGION: 'us-east-1',
    }),
    path: /\/model\/test\.model-v1\/converse$/,
    protocol: 'http2' as const,
  },
};

const ASK = graphql(`
  mutation AiProvidersAskBot($input: AskBotInput!) {
    askBot(input: $input) {
      conversationId
      intent
      provider
      text
      movies {
        id
        title
        releaseYear
        genres {
          name
        }
      }
    }
  }
`);

describe.each(['gemini', 'bedrock'] as const)('askBot through %s', (providerName) => {
  const wire = WIRE[providerName];
  const stub = new ProviderStub(wire.protocol);
  let server: TestServer;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    const url = await stub.start();
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'test-secret' });
    server = await startTestServer('sqlite', { seedDemo: true, env: { ...wire.env(url), AI_TIMEOUT_MS: '2000' } });
  });
  afterAll(async () => {
    await server?.stop();
    await stub.stop();
    process.env = savedEnv;
  });
  beforeEach(() => {
    stub.requests.length = 0;
    stub.script = [];
  });

  const ask = async (message: string) => dataOf(await server.gql(ASK, { input: { message } })).askBot;
  const idOf = async (title: string) =>
    dataOf(
      await server.gql(
        graphql(`
          query AiProvidersMovies($s: String) {
            movies(filter: { search: $s }) {
              edges {
                node {
                  id
                  title
                }
              }
            }
          }
        `),
        {
          s: title,
        },
      ),
    ).movies.edges.find((e) => e.node.title === title)!.node.id;

  it('runs a tool-call round trip and recommends only movies the tool returned', async () => {
    let toolRows: Array<{ id: string; title: string; year: number; genres: string[] }> = [];
    stub.script = [
      () => ({ body: wire.toolCall('searchMovies', { genres: ['Science Fiction'], yearFrom: 1980, yearTo: 1989 }) }),
      (request) => {
        toolRows = wire.toolResults(request.body)[0];
        const ids = [toolRows[0].id, toolRows[1].id, '999999'];
        return {
          body: wire.final(
            JSON.stringify({ reply: `Try ${toolRows[0].title} and ${toolRows[1].title}.`, movieIds: ids }),
          ),
        };
      },
    ];
    const reply = await ask('80s sci-fi please');
    expect(stub.requests.every((r) => wire.path.test(r.url))).toBe(true);
    expect(toolRows.length).toBeGreaterThan(1);
    expect(
      toolRows.every((row) => row.genres.includes('Science Fiction') && row.year >= 1980 && row.year <= 1989),
    ).toBe(true);
    expect(reply).toMatchObject({
      provider: providerName,
      intent: 'SEARCH',
      text: `Try ${toolRows[0].title} and ${toolRows[1].title}.`,
    });
    expect(reply.movies.map((m: { id: string }) => m.id)).toEqual([toolRows[0].id, toolRows[1].id]);
  });

  it('offers exclusions in the search tool and honours them', async () => {
    let toolRows: Array<{ id: string; title: string; genres: string[] }> = [];
    stub.script = [
      () => ({
        body: wire.toolCall('searchMovies', {
          genres: ['Science Fiction'],
          excludeGenres: ['Horror'],
          excludePeople: ['Harrison Ford'],
        }),
      }),
      (request) => {
        toolRows = wire.toolResults(request.body)[0];
        return { body: wire.final(JSON.stringify({ reply: 'Here you go.', movieIds: [toolRows[0].id] })) };
      },
    ];
    const reply = await ask('sci-fi, not horror, without Harrison Ford');
    // The model was told it may exclude genres and people.
    expect(JSON.stringify(stub.requests[0].body)).toContain('excludeGenres');
    expect(JSON.stringify(stub.requests[0].body)).toContain('excludePeople');
    const titles = toolRows.map((row) => row.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(toolRows.every((row) => row.genres.includes('Science Fiction') && !row.genres.includes('Horror'))).toBe(
      true,
    );
    for (const fordFilm of ['Blade Runner', 'Star Wars', 'Blade Runner 2049']) expect(titles).not.toContain(fordFilm);
    expect(reply.movies.map((m: { id: string }) => m.id)).toEqual([toolRows[0].id]);
  });

  it('drops a movie no tool returned, even one that exists in the catalogue', async () => {
    const alien = await idOf('Alien');
    stub.script = [() => ({ body: wire.final(JSON.stringify({ reply: 'You will love Alien.', movieIds: [alien] })) })];
    const reply = await ask('recommend a space horror movie');
    expect(reply.provider).toBe(providerName);
    expect(reply.movies).toEqual([]);
  });

  it('keeps a plain-text answer, linking only grounded titles it names', async () => {
    stub.script = [
      () => ({ body: wire.toolCall('getMovie', { id: 'not-a-number' }) }),
      () => ({ body: wire.toolCall('searchMovies', { director: 'Christopher Nolan' }) }),
      (request) => {
        const rows = wire.toolResults(request.body).at(-1) as Array<{ title: string }>;
        return { body: wire.final(`Watch ${rows[0].title}, or Tenet 2 (which does not exist).`) };
      },
    ];
    const reply = await ask('something by Christopher Nolan');
    expect(reply.provider).toBe(providerName);
    expect(reply.movies).toHaveLength(1);
    expect(reply.text).toContain(reply.movies[0].title);
  });

  it('falls back to the local answer on malformed output, and says so', async () => {
    stub.script = [() => ({ body: wire.final('{"reply": ') })];
    const reply = await ask('westerns');
    expect(reply.provider).toMatch(new RegExp(`^local \\(fallback from ${providerName}: `));
    expect(reply.movies.length).toBeGreaterThan(0);
    expect(
      reply.movies.every((m: { genres: Array<{ name: string }> }) => m.genres.some((g) => g.name === 'Western')),
    ).toBe(true);
  });

  it('streams the reply text over askBotStream, then the reply with grounded movies', async () => {
    const { token } = await signUp(server, `streamer-${providerName}`);
    let title = '';
    stub.script = [
      () => wire.streamToolCall('searchMovies', { genres: ['Western'] }),
      (request) => {
        title = (wire.toolResults(request.body)[0] as Array<{ title: string }>)[0].title;
        return wire.streamText(['You could ', 'watch ', `${title}.`]);
      },
    ];
    const client = wsClient(server.url, `Bearer ${token}`);
    const events: any[] = [];
    const errors: unknown[] = [];
    client.subscribe(
      {
        query: print(
          graphql(`
            subscription AiProvidersAskBotStream($input: AskBotInput!) {
              askBotStream(input: $input) {
                delta
                done
                reply {
                  provider
                  text
                  movies {
                    title
                  }
                }
              }
            }
          `),
        ),
        variables: { input: { message: 'a western' } },
      },
      {
        next: ({ data, errors: e }) => (e ? errors.push(...e) : events.push(data!.askBotStream)),
        error: (e) => errors.push(e),
        complete: () => undefined,
      },
    );
    await waitUntil(() => events.some((e) => e.done) || errors.length > 0, 'the final stream event');
    await client.dispose();
    expect(errors).toEqual([]);
    expect(stub.requests.every((r) => wire.streamPath.test(r.url))).toBe(true);
    const deltas = events.filter((e) => !e.done).map((e) => e.delta);
    expect(deltas).toEqual(['You could ', 'watch ', `${title}.`]);
    const last = events.at(-1);
    expect(last.reply).toEqual({ provider: providerName, text: `You could watch ${title}.`, movies: [{ title }] });
  });

  it('falls back to the local answer when the provider errors or times out', async () => {
    stub.script = [() => ({ status: 500, body: { error: { code: 500, message: 'internal', status: 'INTERNAL' } } })];
    const failed = await ask('musicals');
    expect(failed.provider).toMatch(/^local \(fallback from/);
    expect(failed.movies.length).toBeGreaterThan(0);

    // Far slower than AI_TIMEOUT_MS (2 s, roomy enough for a busy machine's normal answers).
    stub.script = [() => ({ delayMs: 5000, body: wire.final('{"reply": "too late", "movieIds": []}') })];
    const started = Date.now();
    const slow = await ask('documentaries');
    expect(Date.now() - started).toBeLessThan(4500);
    expect(slow.provider).toMatch(/^local \(fallback from .*timed out/);
    expect(slow.movies.length).toBeGreaterThan(0);
  });
});
