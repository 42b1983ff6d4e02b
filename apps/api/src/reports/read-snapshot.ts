import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `read` in one REPEATABLE READ READ ONLY transaction, so that all its queries see the same committed
 * state: a figure and the rows it is drawn from can never disagree because a writer committed between two
 * queries. It holds one connection: await its queries one after the other.
 */
export function readSnapshot<T>(dataSource: DataSource, read: (m: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', async (m) => {
    await m.query('SET TRANSACTION READ ONLY');
    return read(m);
  });
}
