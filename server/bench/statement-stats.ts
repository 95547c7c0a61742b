import { Client } from 'pg';

/** What PostgreSQL executed for one database during a run, from pg_stat_statements. */
export interface StatementStats {
  statements: number;
  /** Execution time summed over every statement, ms. */
  executionMs: number;
  /** The statement with the highest mean execution time, and that mean and its longest run, ms. */
  slowestMeanMs: number;
  slowestMaxMs: number;
  slowest: string;
  /** How many times the slowest statement ran in the window. */
  slowestCalls: number;
}

/**
 * pg_stat_statements for one database: reset before a run, read after it. It must be preloaded
 * (`shared_preload_libraries`); when it is not, `available` is false and the bench says how.
 */
export async function statementStats(url: string): Promise<{
  available: boolean;
  reset(): Promise<void>;
  read(): Promise<StatementStats>;
  close(): Promise<void>;
}> {
  const client = new Client({ connectionString: url });
  await client.connect();
  let available = true;
  try {
    await client.query('create extension if not exists pg_stat_statements');
    await client.query('select 1 from pg_stat_statements limit 1');
  } catch {
    available = false;
  }
  const ours = `dbid = (select oid from pg_database where datname = current_database())`;
  // The bench's own statements (reset, this read) are left out.
  const notOurs = `query not like '%pg_stat_statements%'`;
  return {
    available,
    async reset() {
      if (!available) return;
      // The server measured before may still be finishing requests wrk left in flight: their
      // statements would count for the next one. Wait (at most 5 s) until no other session has run
      // one for 300 ms: between two statements a busy server's sessions are idle for a moment.
      for (const deadline = Date.now() + 5_000; Date.now() < deadline;) {
        const { rows } = await client.query<{ busy: string }>(
          `select count(*) as busy from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid()
              and (state = 'active' or state_change > clock_timestamp() - interval '300 milliseconds')`,
        );
        if (Number(rows[0].busy) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await client.query('select pg_stat_statements_reset()');
    },
    async read() {
      if (!available)
        return {
          statements: NaN,
          executionMs: NaN,
          slowestMeanMs: NaN,
          slowestMaxMs: NaN,
          slowest: '',
          slowestCalls: 0,
        };
      const total = await client.query<{ calls: string; ms: number }>(
        `select coalesce(sum(calls), 0) as calls, coalesce(sum(total_exec_time), 0)::float8 as ms
           from pg_stat_statements where ${ours} and ${notOurs}`,
      );
      const slowest = await client.query<{ mean: number; max: number; query: string; calls: string }>(
        `select mean_exec_time::float8 as mean, max_exec_time::float8 as max, query, calls
           from pg_stat_statements where ${ours} and ${notOurs}
          order by mean_exec_time desc limit 1`,
      );
      return {
        statements: Number(total.rows[0].calls),
        executionMs: total.rows[0].ms,
        slowestMeanMs: slowest.rows[0]?.mean ?? 0,
        slowestMaxMs: slowest.rows[0]?.max ?? 0,
        slowest: (slowest.rows[0]?.query ?? '').replace(/\s+/g, ' ').slice(0, 100),
        slowestCalls: Number(slowest.rows[0]?.calls ?? 0),
      };
    },
    close: () => client.end(),
  };
}

export const PG_STAT_STATEMENTS_HINT =
  "pg_stat_statements is not preloaded: run `alter system set shared_preload_libraries = 'pg_stat_statements'` " +
  'as a superuser and restart PostgreSQL to see statements and database time per request';
