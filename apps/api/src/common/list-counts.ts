import { LRUCache } from 'lru-cache';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ChangeCache, dataChanges } from './change-cache';
import { queryAndParameters } from './lean-read';

/**
 * How long a count is served before it is computed once more behind it. The change counter moves just
 * before a writer commits; a count taken in that instant misses the write, and is replaced within this
 * time (change-cache.ts). Short, because a list's total should agree with its rows.
 */
const MAX_COUNT_AGE_MS = 2_000;
/** The most counts kept per process: one per list query and its parameters, a few hundred bytes each. */
const MAX_COUNTS = 2_000;

/** SQL that reads the clock or chance gives another answer on the same data: such a count is never kept. */
const VOLATILE = /\b(now|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday|random|current_date|current_time|current_timestamp|localtime|localtimestamp|nextval|pg_\w+)\b/i;

/**
 * The totals of list pages, kept while the data they count is unchanged. A total counts every matching row
 * (70,000 overdue milestones at 10,000 projects), so its cost grows with the lab while the page's does not;
 * kept under the data change counter (change-cache.ts), the count is taken once per change and otherwise
 * costs one read of the counter. Only a count whose every table moves that counter, and whose SQL depends
 * on nothing but its tables and parameters, is kept: any other is taken each time.
 */
export class ListCounts {
  private readonly counts = new ChangeCache<{ n: number }>({ maxSize: MAX_COUNTS, maxAgeMs: MAX_COUNT_AGE_MS });
  private watched?: Promise<Set<string>>;
  private readonly tables: Set<string>;
  /** Whether a count's SQL may be kept, by its text (the tables it names are read once per text). */
  private readonly keepableSql = new LRUCache<string, boolean>({ max: MAX_COUNTS });

  constructor(private readonly dataSource: DataSource) {
    this.tables = new Set(dataSource.entityMetadatas.map((m) => m.tableName));
  }

  /** How many rows the query builder selects (its select is replaced by a count). */
  async count(counting: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
    const [sql, parameters] = queryAndParameters(this.dataSource, counting.select('count(*)', 'n'));
    const take = async () => {
      const [row] = (await this.dataSource.query(sql, parameters)) as Array<{ n: string }>;
      return { n: Number(row?.n ?? 0) };
    };
    let keep = this.keepableSql.get(sql);
    if (keep === undefined) this.keepableSql.set(sql, (keep = await this.keepable(sql)));
    if (!keep) return (await take()).n;
    const changes = await dataChanges(this.dataSource);
    return (await this.counts.get(`${changes}\u0000${sql}\u0000${JSON.stringify(parameters)}`, take)).n;
  }

  /** Whether a count with this SQL may be kept: it reads only tables that move the counter, and no clock. */
  async keepable(sql: string): Promise<boolean> {
    if (VOLATILE.test(sql)) return false;
    const read = tablesNamed(sql, this.tables);
    if (!read.size) return false;
    const watched = await this.watchedTables();
    return [...read].every((t) => watched.has(t));
  }

  /** The tables whose writes move the data change counter, read from their triggers once per process. */
  private watchedTables(): Promise<Set<string>> {
    this.watched ??= this.dataSource
      .query(
        `SELECT DISTINCT c.relname AS "table" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
          JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'count_data_change' AND NOT t.tgisinternal`,
      )
      .then((rows: Array<{ table: string }>) => new Set(rows.map((r) => r.table)))
      .catch((error: unknown) => {
        this.watched = undefined;
        throw error;
      });
    return this.watched;
  }
}

/**
 * The known tables a statement's text names, quoted or not. A column or alias spelt like a table counts as
 * that table too: naming too many only means a count is taken instead of kept.
 */
export function tablesNamed(sql: string, tables: ReadonlySet<string>): Set<string> {
  const named = new Set<string>();
  for (const [, quoted, bare] of sql.matchAll(/"([^"]+)"|([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const name = quoted ?? bare.toLowerCase();
    if (tables.has(name)) named.add(name);
  }
  return named;
}

const perDataSource = new WeakMap<DataSource, ListCounts>();

/** The one ListCounts of a data source (every resource's lists share its cache and its size bound). */
export function listCountsOf(dataSource: DataSource): ListCounts {
  let counts = perDataSource.get(dataSource);
  if (!counts) perDataSource.set(dataSource, (counts = new ListCounts(dataSource)));
  return counts;
}
