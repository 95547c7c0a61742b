import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import express from 'express';
import { compressionWhenAsked } from './compression-when-asked';

const answer = { movies: Array.from({ length: 60 }, (_, i) => ({ id: String(i), title: `Film number ${i}` })) };

describe('compressionWhenAsked', () => {
  let server: http.Server;
  let port: number;
  /** Whether the route saw the response's own write, i.e. no compression wrapper. */
  let unwrapped: boolean | undefined;

  beforeAll(async () => {
    const app = express();
    app.use(compressionWhenAsked({ threshold: 1024 }));
    app.get('/answer', (_req, res) => {
      unwrapped = res.write === http.ServerResponse.prototype.write;
      res.json(answer);
    });
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const get = (headers: http.OutgoingHttpHeaders) =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: '/answer', headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });

  it('gzips for a client that accepts it, and says the answer varies with Accept-Encoding', async () => {
    const { headers, body } = await get({ 'accept-encoding': 'gzip' });
    expect(unwrapped).toBe(false);
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers.vary).toBe('Accept-Encoding');
    expect(JSON.parse(zlib.gunzipSync(body).toString('utf8'))).toEqual(answer);
  });

  it('leaves the response alone for a client that sends no Accept-Encoding', async () => {
    const { headers, body } = await get({});
    expect(unwrapped).toBe(true);
    expect(headers['content-encoding']).toBeUndefined();
    expect(Number(headers['content-length'])).toBe(body.length);
    expect(JSON.parse(body.toString('utf8'))).toEqual(answer);
  });
});
