import type { SiteExecutor } from './schema';

/**
 * Takes the next position in the changes feed (one counter for articles, threads and ad
 * documents). Runs inside the writer's transaction: the row lock serializes writers on
 * PostgreSQL, so feed positions become visible in order.
 */
export async function nextChangeSeq(trx: SiteExecutor): Promise<number> {
  const row = await trx
    .updateTable('site_counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', 'change_seq')
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
