import { LRUCache } from 'lru-cache';
import { types } from 'pg';
import { type DataSource, EntityMetadata, type ObjectLiteral, QueryFailedError, type SelectQueryBuilder, type ValueTransformer } from 'typeorm';
import { Alias } from 'typeorm/query-builder/Alias.js';

type ColumnMetadata = EntityMetadata['columns'][number];

// The read path of lists and single records: the page's SQL is TypeORM's (the query builder with its
// filters, sort and range), but its rows go straight from pg to the answer. No entity is hydrated, and a
// timestamp is not parsed into a Date to be printed again: it arrives as the ISO 8601 string the answer
// holds. Writes keep TypeORM's entities (their timestamps are Dates, which print the same string).

const TIMESTAMPTZ = types.builtins.TIMESTAMPTZ;
const parseTimestamptz = types.getTypeParser(TIMESTAMPTZ) as (text: string) => Date | number;

/**
 * PostgreSQL's text of a timestamptz as Date#toISOString prints it ("2026-12-03T06:54:31.123Z"). In a
 * UTC session (the product's databases run in UTC) the text is "2026-12-03 06:54:31.123456+00": cut and
 * joined, milliseconds truncated as a Date truncates them. Any other offset, and years outside 0000–9999,
 * go through pg's own parser.
 */
export function isoTimestamp(text: string): string {
  if (text.length >= 22 && text[4] === '-' && text[10] === ' ' && text.endsWith('+00')) {
    const end = text.length - 3;
    if (end === 19) return `${text.slice(0, 10)}T${text.slice(11, 19)}.000Z`;
    if (text[19] === '.') return `${text.slice(0, 10)}T${text.slice(11, 19)}.${`${text.slice(20, end)}00`.slice(0, 3)}Z`;
  }
  const parsed = parseTimestamptz(text);
  return parsed instanceof Date && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : text;
}

/** pg's parsers, with timestamptz as ISO strings: given per query, so the rest of the product keeps Dates. */
export const READ_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMPTZ && format !== 'binary') return isoTimestamp;
    return types.getTypeParser(oid, format);
  },
};

/** The entity's selectable columns, each as `alias.column AS "property"`, and the ones whose values a transformer maps. */
export interface ReadColumns {
  select: Array<[sql: string, property: string]>;
  transformed: ColumnMetadata[];
}

export function readColumns(metadata: EntityMetadata, alias: string): ReadColumns {
  const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual && !c.relationMetadata?.isOneToMany && c.databaseName);
  return {
    select: columns.map((c) => [`${alias}.${c.propertyPath}`, c.propertyName]),
    transformed: columns.filter((c) => c.transformer),
  };
}

/**
 * Runs a query builder's SELECT straight on the pool with READ_TYPES and answers its raw rows, the
 * entity's columns under their property names (as `readColumns` selected them), transformers applied.
 */
export async function leanRows<T extends ObjectLiteral>(dataSource: DataSource, qb: SelectQueryBuilder<ObjectLiteral>, columns: ReadColumns): Promise<T[]> {
  const [text, values] = queryAndParameters(dataSource, qb);
  const pool = (dataSource.driver as unknown as { master: { query(config: object): Promise<{ rows: T[] }> } }).master;
  let rows: T[];
  try {
    ({ rows } = await pool.query({ text, values, types: READ_TYPES }));
  } catch (error) {
    // As TypeORM would have thrown it, so that the error filter maps PostgreSQL's refusals as for any query.
    throw error instanceof Error && 'code' in error ? new QueryFailedError(text, values, error) : error;
  }
  if (columns.transformed.length) {
    for (const row of rows as Record<string, unknown>[]) {
      for (const c of columns.transformed) row[c.propertyName] = transformFrom(c.transformer!, row[c.propertyName]);
    }
  }
  return rows;
}

/**
 * SQL text by query shape. TypeORM writes a query's SQL afresh each time (a list's select of 20 columns and
 * its link arrays took a tenth of a request's CPU), though the text depends only on the query builder's
 * expression map, never on the values of its parameters: they go in as $1, $2 … afterwards. So the text is
 * kept under the expression map's shape (`queryShape`) and the parameters are put in per request, as
 * getQueryAndParameters does. Bounded: the shapes are the product's queries times their pages.
 */
const sqlByShape = new LRUCache<string, string>({ max: 2_000 });
/** Under test every kept text is checked against TypeORM's own, so that the whole suite proves the shape sufficient. */
const checkKeptSql = process.env.NODE_ENV === 'test';

/** The query builder's SQL and parameters, as getQueryAndParameters answers them, the SQL kept by shape. */
export function queryAndParameters(dataSource: DataSource, qb: SelectQueryBuilder<ObjectLiteral>): [string, unknown[]] {
  const shape = queryShape(qb);
  if (shape === null) return qb.getQueryAndParameters();
  let sql = sqlByShape.get(shape);
  if (sql === undefined) sqlByShape.set(shape, (sql = qb.getQuery()));
  else if (checkKeptSql && sql !== qb.getQuery()) throw new Error(`The SQL kept for a query's shape differs from TypeORM's: ${shape}`);
  return dataSource.driver.escapeQueryWithParameters(sql, qb.getParameters());
}

/**
 * Everything in a query builder's expression map but its parameters' values: the map as JSON, with each
 * alias and entity by name, the parameters by name (an array's as `...name`: TypeORM writes those as lists)
 * and the data source left out. Null when the map holds anything else JSON cannot show whole (a function,
 * a cycle, an object of another class): such a query is written by TypeORM each time.
 */
export function queryShape(qb: SelectQueryBuilder<ObjectLiteral>): string | null {
  try {
    return JSON.stringify(qb.expressionMap, function shape(this: unknown, key: string, value: unknown) {
      if (key === 'dataSource') return undefined;
      if (typeof value === 'function') throw new Error('not plain');
      if (value === null || typeof value !== 'object') return value;
      if (key === 'parameters' || key === 'nativeParameters') {
        return Object.entries(value).map(([name, v]) => (Array.isArray(v) ? `...${name}` : name)).sort();
      }
      if (value instanceof Alias) {
        return { alias: value.name, type: value.type, entity: value.hasMetadata ? value.metadata.name : null, tablePath: value.tablePath, subQuery: value.subQuery };
      }
      if (value instanceof EntityMetadata) return `entity:${value.name}`;
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== Array.prototype && proto !== null && this !== undefined && key !== '') throw new Error('not plain');
      return value;
    });
  } catch {
    return null;
  }
}

/** A column's transformers from the database's value to the entity's, last first, as TypeORM applies them. */
function transformFrom(transformer: ValueTransformer | ValueTransformer[], value: unknown): unknown {
  return Array.isArray(transformer) ? transformer.reduceRight((v, t) => t.from(v), value) : transformer.from(value);
}
