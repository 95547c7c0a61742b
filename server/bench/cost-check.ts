import { parse } from 'graphql';
import { loadConfig } from '../src/config';
import { assertCleanInput } from '../src/http/input-hygiene';
import { createOperationGuard } from '../src/http/operation-limits';
import { createSchema } from '../src/schema';
import { LIST_QUERY } from './queries';

/**
 * What the pre-execution checks (cost and input hygiene) add to one list-page request, timed
 * in-process over many runs; the HTTP cases' latency is what it is compared with.
 */
export async function benchCostCheck(listP50Ms: number | undefined): Promise<Record<string, string | number>> {
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
    'share of list p50': listP50Ms ? `${((100 * microseconds) / 1000 / listP50Ms).toFixed(2)} %` : 'n/a',
  };
}
