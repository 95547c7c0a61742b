import { parse } from 'graphql';
import { loadConfig } from '../src/config';
import { assertCleanInput } from '../src/http/input-hygiene';
import { createOperationGuard } from '../src/http/operation-limits';
import { createSchema } from '../src/schema';
import { LIST_QUERY } from './queries';

/**
 * What the pre-execution checks (cost and input hygiene) add to one list-page request, timed
 * in-process over many runs, against the list case of the same run: its share of the server's
 * time per request when the server is the saturated side (at `listReqPerSecond`, a busy
 * single-threaded server spends 1/req·s per request), and its share of the p50 latency.
 */
export async function benchCostCheck(
  list: { reqPerSecond: number; p50Ms: number } | undefined,
): Promise<Record<string, string | number>> {
  const schema = await createSchema();
  const guard = createOperationGuard(schema, loadConfig({}).graphql.limits, true);
  const document = parse(LIST_QUERY);
  const runs = 20_000;
  for (let i = 0; i < 2_000; i++) guard.assertAffordable(document, {}, 'List');
  const started = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) {
    guard.assertAffordable(document, {}, 'List');
    assertCleanInput(document, {});
  }
  const microseconds = Number(process.hrtime.bigint() - started) / 1000 / runs;
  return {
    case: 'cost + input check, list page',
    'µs per operation': Math.round(microseconds * 10) / 10,
    'share of server time per list request': list
      ? `${((100 * microseconds * list.reqPerSecond) / 1e6).toFixed(2)} %`
      : 'n/a',
    'share of list p50': list ? `${((100 * microseconds) / 1000 / list.p50Ms).toFixed(2)} %` : 'n/a',
  };
}
