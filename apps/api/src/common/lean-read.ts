import { types } from 'pg';
import { type DataSource, type EntityMetadata, type ObjectLiteral, QueryFailedError, type SelectQueryBuilder, type ValueTransformer } from 'typeorm';

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
  const [text, values] = qb.getQueryAndParameters();
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

/** A column's transformers from the database's value to the entity's, last first, as TypeORM applies them. */
function transformFrom(transformer: ValueTransformer | ValueTransformer[], value: unknown): unknown {
  return Array.isArray(transformer) ? transformer.reduceRight((v, t) => t.from(v), value) : transformer.from(value);
}
