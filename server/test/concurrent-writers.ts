import type { Knex } from '@mikro-orm/knex';

/**
 * Two PostgreSQL transactions writing at once: `first` writes, `second` starts writing while the
 * first is open (so it must wait for the first's locks), then `firstThen` (if any) writes more in
 * the first, the first commits, then the second. Whatever did not commit is rolled back.
 */
export async function writeConcurrently(
  knex: Knex,
  first: (tx: Knex.Transaction) => PromiseLike<unknown>,
  second: (tx: Knex.Transaction) => PromiseLike<unknown>,
  { firstThen }: { firstThen?: (tx: Knex.Transaction) => PromiseLike<unknown> } = {},
): Promise<void> {
  const one = await knex.transaction();
  const two = await knex.transaction();
  try {
    await first(one);
    // Awaiting sends the second's statements now (a knex builder runs only when awaited).
    const secondDone = (async () => void (await second(two)))();
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (firstThen) await firstThen(one);
    await one.commit();
    await secondDone;
    await two.commit();
  } finally {
    if (!one.isCompleted()) await one.rollback();
    if (!two.isCompleted()) await two.rollback();
  }
}
