import type { Knex } from '@mikro-orm/knex';

/**
 * Two PostgreSQL transactions writing at once: `first` writes, `second` starts writing while the
 * first is open (so it must wait for the first's locks), the first commits, then the second. With
 * `secondStartsFirst` the second starts before the first writes (two writers taking the same
 * locks in opposite orders). Whatever did not commit is rolled back.
 */
export async function writeConcurrently(
  knex: Knex,
  first: (tx: Knex.Transaction) => PromiseLike<unknown>,
  second: (tx: Knex.Transaction) => PromiseLike<unknown>,
  { secondStartsFirst = false } = {},
): Promise<void> {
  const one = await knex.transaction();
  const two = await knex.transaction();
  try {
    if (!secondStartsFirst) await first(one);
    // Awaiting sends the second's statements now (a knex builder runs only when awaited).
    const secondDone = (async () => void (await second(two)))();
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (secondStartsFirst) await first(one);
    await one.commit();
    await secondDone;
    await two.commit();
  } finally {
    if (!one.isCompleted()) await one.rollback();
    if (!two.isCompleted()) await two.rollback();
  }
}
