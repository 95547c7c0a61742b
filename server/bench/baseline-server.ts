import http from 'node:http';
import { Pool } from 'pg';
import { BASELINE_DETAIL_SQL, BASELINE_LIST_SQL, PEER_DETAIL_SQL, PEER_LIST_SQL } from './baseline-sql';

/**
 * The yardstick: a minimal node:http + pg server answering the benchmark's two operations with
 * one prepared statement each. No GraphQL, no validation, no ORM. BASELINE_SHAPE=peer answers
 * the read-path comparison's lighter shapes (bench/peers.ts) instead of the web client's pages.
 */
const peer = process.env.BASELINE_SHAPE === 'peer';
const LIST_SQL = peer ? PEER_LIST_SQL : BASELINE_LIST_SQL;
const DETAIL_SQL = peer ? PEER_DETAIL_SQL : BASELINE_DETAIL_SQL;
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });

const server = http.createServer((req, res) => {
  if (req.method === 'GET') {
    res.end('ok');
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => void answer());
  const answer = async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        operationName?: string;
        variables?: { id?: string };
      };
      const result =
        body.operationName === 'Detail'
          ? await pool.query<{ body: string }>({
              name: 'detail',
              text: DETAIL_SQL,
              values: [Number(body.variables?.id)],
            })
          : await pool.query<{ body: string }>({ name: 'list', text: LIST_SQL });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(result.rows[0].body);
    } catch (error) {
      res.writeHead(500);
      res.end(String(error));
    }
  };
});

server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
