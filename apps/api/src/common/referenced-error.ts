import type { DataSource } from 'typeorm';
import { DomainError } from '@lab/domain';

/** Names the records that still depend on this one, counted, for the 409 answer. */
export async function referencedError(dataSource: DataSource, tableName: string, label: string, id: number): Promise<DomainError> {
  const refs: { table: string; column: string }[] = await dataSource.query(
    `SELECT cl.relname AS "table", a.attname AS "column"
       FROM pg_constraint c
       JOIN pg_class cl ON cl.oid = c.conrelid
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.confrelid = $1::regclass AND c.confdeltype IN ('r', 'a')
      ORDER BY cl.relname`,
    [tableName],
  );
  const counts: string[] = [];
  const dependents: Record<string, number> = {};
  for (const { table, column } of refs) {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" = $1`, [id]);
    if (n > 0) {
      counts.push(`${n} ${table.replace(/_/g, ' ')}`);
      // Keyed by resource name, so that the dashboard can word it in the user's language.
      dependents[table.replace(/_/g, '-')] = (dependents[table.replace(/_/g, '-')] ?? 0) + n;
    }
  }
  const what = counts.length ? counts.join(', ') : 'other records';
  return new DomainError(
    'REFERENCED',
    `This ${label} cannot be deleted: ${what} still refer to it. Delete or move those first.`,
    { dependents },
  );
}
