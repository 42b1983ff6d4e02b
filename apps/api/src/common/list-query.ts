import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { DomainError, isIsoDate } from '@lab/domain';
import type { Actor } from './actor';

/** How a filterable field's values are checked before they reach a query parameter. */
export type FieldType = 'int' | 'bigint' | 'number' | 'string' | 'date' | 'timestamp' | 'boolean' | { enum: readonly string[] };

/** A filter that is not a plain column comparison (a join table, a derived state). */
export interface CustomFilter {
  type: FieldType;
  /** `actor`: who is asking, for filters relative to the signed-in user ("my projects"). */
  apply(qb: SelectQueryBuilder<ObjectLiteral>, alias: string, values: unknown[], param: string, actor: Actor | null): void;
}

/** What a resource lets clients sort, filter and search on. Nothing else reaches SQL. */
export interface ListSpec {
  /** Entity properties that may be filtered by value, any-of array, `_gte` and `_lte`. */
  fields: Record<string, FieldType>;
  sortable: readonly string[];
  /** Text properties searched by `q`. */
  search: readonly string[];
  /**
   * An entity property holding exactly the `search` columns joined by spaces and lower-cased: a stored
   * generated column with a trigram GIN index. `q` then tests each word against it in one LIKE of the
   * lower-cased word (what ILIKE does, without lower-casing every row again), which that index serves for
   * the page and the count alike, instead of an OR of one ILIKE per column, which no index serves whole.
   * The words of `q` hold no whitespace, so none matches across two joined columns: the answer is the same.
   */
  searchText?: string;
  custom?: Record<string, CustomFilter>;
  /**
   * Sort keys that are not one column but an order worth naming ("open first"): the terms for ascending,
   * each reversed for descending. Sortable by their key like a field.
   */
  orderings?: Record<string, (alias: string) => readonly OrderTerm[]>;
  defaultSort: readonly [string, 'ASC' | 'DESC'];
}

export interface OrderTerm { sql: string; order: 'ASC' | 'DESC'; nulls?: 'NULLS FIRST' | 'NULLS LAST' }

export interface ListQuery {
  sort: [string, 'ASC' | 'DESC'];
  range: [number, number] | null;
  filters: ParsedFilter[];
}

type ParsedFilter =
  | { kind: 'q'; tokens: string[] }
  | { kind: 'eq'; field: string; values: unknown[]; isNull: boolean }
  | { kind: 'gte' | 'lte'; field: string; value: unknown }
  | { kind: 'custom'; field: string; values: unknown[] };

/** The largest page a client may ask for; react-admin's CSV export asks for 1000. */
export const MAX_PAGE_SIZE = 1000;
const INT4_MAX = 2147483647;

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `${field}: ${message}`, { errors: { [field]: message } });
}

function parseJsonParam(name: string, raw: unknown, example: string): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw invalid(name, `must be given once, as JSON like ${example}`);
  try {
    return JSON.parse(raw);
  } catch {
    throw invalid(name, `is not valid JSON; expected something like ${example}`);
  }
}

export function parseListQuery(query: Record<string, unknown>, spec: ListSpec): ListQuery {
  return {
    sort: parseSort(parseJsonParam('sort', query.sort, '["title","ASC"]'), spec),
    range: parseRange(parseJsonParam('range', query.range, '[0,24]')),
    filters: parseFilter(parseJsonParam('filter', query.filter, '{"q":"werk","phase":"experiment"}'), spec),
  };
}

function parseSort(raw: unknown, spec: ListSpec): [string, 'ASC' | 'DESC'] {
  if (raw === undefined) return [spec.defaultSort[0], spec.defaultSort[1]];
  if (!Array.isArray(raw) || raw.length !== 2 || typeof raw[0] !== 'string' || typeof raw[1] !== 'string') {
    throw invalid('sort', 'must be a pair like ["title","ASC"]');
  }
  const [field, order] = raw as [string, string];
  const orderings = Object.keys(spec.orderings ?? {});
  if (!spec.sortable.includes(field) && !orderings.includes(field)) {
    throw invalid('sort', `cannot sort on "${field.slice(0, 60)}"; sortable fields are ${[...spec.sortable, ...orderings].join(', ')}`);
  }
  const upper = order.toUpperCase();
  if (upper !== 'ASC' && upper !== 'DESC') throw invalid('sort', 'order must be "ASC" or "DESC"');
  return [field, upper];
}

function parseRange(raw: unknown): [number, number] | null {
  if (raw === undefined) return null;
  if (
    !Array.isArray(raw) || raw.length !== 2 ||
    !raw.every((n) => Number.isSafeInteger(n) && n >= 0 && n <= INT4_MAX) || raw[1] < raw[0]
  ) {
    throw invalid('range', 'must be two whole numbers [start, end] with 0 <= start <= end, like [0,24]');
  }
  if (raw[1] - raw[0] + 1 > MAX_PAGE_SIZE) throw invalid('range', `may span at most ${MAX_PAGE_SIZE} records`);
  return [raw[0], raw[1]];
}

function parseFilter(raw: unknown, spec: ListSpec): ParsedFilter[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) throw invalid('filter', 'must be a JSON object like {"phase":"experiment"}');
  const filters: ParsedFilter[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'q') {
      if (value === '' || value === null || value === undefined) continue;
      if (typeof value !== 'string' || value.length > 200 || value.includes('\u0000')) {
        throw invalid('filter.q', 'must be a text of at most 200 characters, without NUL characters');
      }
      if (spec.search.length === 0) throw invalid('filter.q', 'this resource has no text search');
      const tokens = value.trim().split(/\s+/).filter(Boolean).slice(0, 8);
      if (tokens.length) filters.push({ kind: 'q', tokens });
      continue;
    }
    const range = /^(.+)_(gte|lte)$/.exec(key);
    // Own properties only: "constructor" or "__proto__" must not pass for a declared field.
    if (range && Object.hasOwn(spec.fields, range[1])) {
      const field = range[1];
      const type = spec.fields[field];
      if (!['int', 'bigint', 'number', 'date', 'timestamp'].includes(type as string)) {
        throw invalid(`filter.${key}`, `"${field}" has no order; filter it by value instead`);
      }
      if (value === null || value === '' || value === undefined) continue;
      filters.push({ kind: range[2] as 'gte' | 'lte', field, value: coerce(`filter.${key}`, type, value) });
      continue;
    }
    if (Object.hasOwn(spec.fields, key)) {
      const type = spec.fields[key];
      if (value === null) {
        filters.push({ kind: 'eq', field: key, values: [], isNull: true });
        continue;
      }
      const values = Array.isArray(value) ? value : [value];
      if (values.length > MAX_PAGE_SIZE) throw invalid(`filter.${key}`, `may list at most ${MAX_PAGE_SIZE} values`);
      filters.push({ kind: 'eq', field: key, values: values.map((v) => coerce(`filter.${key}`, type, v)), isNull: false });
      continue;
    }
    const custom = spec.custom && Object.hasOwn(spec.custom, key) ? spec.custom[key] : undefined;
    if (custom) {
      const values = Array.isArray(value) ? value : [value];
      if (values.length > MAX_PAGE_SIZE) throw invalid(`filter.${key}`, `may list at most ${MAX_PAGE_SIZE} values`);
      filters.push({ kind: 'custom', field: key, values: values.map((v) => coerce(`filter.${key}`, custom.type, v)) });
      continue;
    }
    const allowed = ['q', ...Object.keys(spec.fields), ...Object.keys(spec.custom ?? {})];
    throw invalid('filter', `cannot filter on "${key.slice(0, 60)}"; filterable fields are ${allowed.join(', ')}`);
  }
  return filters;
}

/** Checks one filter value against its field type and converts it to what the query parameter needs. */
export function coerce(field: string, type: FieldType, value: unknown): unknown {
  if (typeof type === 'object') {
    if (typeof value === 'string' && type.enum.includes(value)) return value;
    throw invalid(field, `must be one of ${type.enum.join(', ')}`);
  }
  switch (type) {
    case 'int': {
      const n = typeof value === 'string' && /^-?\d{1,10}$/.test(value) ? Number(value) : value;
      if (typeof n === 'number' && Number.isInteger(n) && Math.abs(n) <= INT4_MAX) return n;
      throw invalid(field, 'must be a whole number');
    }
    case 'bigint': {
      // Money in cents: whole numbers beyond PostgreSQL's integer, within JavaScript's safe range.
      const n = typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
      if (typeof n === 'number' && Number.isSafeInteger(n)) return n;
      throw invalid(field, 'must be a whole number');
    }
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < 1e12) return n;
      throw invalid(field, 'must be a number');
    }
    case 'string':
      if ((typeof value === 'string' && value.length <= 500 && !value.includes('\u0000')) || typeof value === 'number') return String(value);
      throw invalid(field, 'must be a text of at most 500 characters, without NUL characters');
    case 'date':
      if (isIsoDate(value)) return value;
      throw invalid(field, 'must be a date like 2016-07-01');
    case 'timestamp': {
      if (typeof value === 'string' && (isIsoDate(value) || /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.test(value))) {
        const d = new Date(value);
        if (!Number.isNaN(d.getTime())) return d.toISOString();
      }
      throw invalid(field, 'must be a date and time like 2016-07-01T09:00:00Z');
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      throw invalid(field, 'must be true or false');
  }
}

/** Applies filters and search (not sort or range) so that the same builder can count and list. */
export function applyFilters(
  qb: SelectQueryBuilder<ObjectLiteral>, alias: string, query: ListQuery, spec: ListSpec, actor: Actor | null = null,
): void {
  // Search last: PostgreSQL tests conditions of equal cost in the order written, and a row that fails an
  // equality need not be searched, when it reads rows in sort order rather than through an index.
  const ordered = query.filters.map((f, i) => ({ f, i })).sort((a, b) => Number(a.f.kind === 'q') - Number(b.f.kind === 'q'));
  ordered.forEach(({ f, i }) => {
    const p = `f${i}`;
    switch (f.kind) {
      case 'q':
        f.tokens.forEach((token, t) => {
          const param = `${p}_${t}`;
          const pattern = { [param]: `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
          if (spec.searchText) qb.andWhere(`${alias}.${spec.searchText} LIKE lower(:${param}) ESCAPE '\\'`, pattern);
          else {
            qb.andWhere(new Brackets((or) => {
              for (const column of spec.search) or.orWhere(`${alias}.${column} ILIKE :${param} ESCAPE '\\'`);
            }), pattern);
          }
        });
        break;
      case 'eq':
        if (f.isNull) qb.andWhere(`${alias}.${f.field} IS NULL`);
        else if (f.values.length === 0) qb.andWhere('1 = 0');
        else if (f.values.length === 1) qb.andWhere(`${alias}.${f.field} = :${p}`, { [p]: f.values[0] });
        else qb.andWhere(`${alias}.${f.field} IN (:...${p})`, { [p]: f.values });
        break;
      case 'gte':
        qb.andWhere(`${alias}.${f.field} >= :${p}`, { [p]: f.value });
        break;
      case 'lte':
        qb.andWhere(`${alias}.${f.field} <= :${p}`, { [p]: f.value });
        break;
      case 'custom':
        if (f.values.length === 0) qb.andWhere('1 = 0');
        else spec.custom![f.field].apply(qb, alias, f.values, p, actor);
        break;
    }
  });
}

/** `nullable`: whether the sort column can hold null; only then is the place of nulls spelled out. */
export function applySortAndRange(
  qb: SelectQueryBuilder<ObjectLiteral>, alias: string, query: ListQuery, nullable = true, spec?: ListSpec,
): void {
  const [field, order] = query.sort;
  const ordering = spec?.orderings && Object.hasOwn(spec.orderings, field) ? spec.orderings[field](alias) : null;
  if (ordering) {
    const flip = (o: 'ASC' | 'DESC') => (order === 'ASC' ? o : o === 'ASC' ? 'DESC' : 'ASC');
    const flipNulls = (n: OrderTerm['nulls']) => (!n || order === 'ASC' ? n : n === 'NULLS FIRST' ? 'NULLS LAST' : 'NULLS FIRST');
    qb.orderBy();
    for (const term of ordering) qb.addOrderBy(term.sql, flip(term.order), flipNulls(term.nulls));
  }
  // Nulls first when ascending, last when descending, as PostgreSQL does for a DESC index. Left unsaid for
  // NOT NULL columns, because the clause alone keeps PostgreSQL from reading a plain index in order.
  else if (nullable) qb.orderBy(`${alias}.${field}`, order, order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST');
  else qb.orderBy(`${alias}.${field}`, order);
  // A unique tie-breaker keeps pages stable when many rows share the sort value.
  if (field !== 'id') qb.addOrderBy(`${alias}.id`, order);
  if (query.range) qb.offset(query.range[0]).limit(query.range[1] - query.range[0] + 1);
  // Without a range (react-admin's getMany, or a hand-written request) a list answers at most a page's
  // worth: one row more tells that there is more, and unpagedFits refuses it.
  else qb.limit(MAX_PAGE_SIZE + 1);
}

/** A list asked without range answers every match, at most MAX_PAGE_SIZE; more answers 400 naming range. */
export function assertUnpagedFits(range: [number, number] | null, rows: number): void {
  if (range === null && rows > MAX_PAGE_SIZE) {
    throw invalid('range', `is required here: more than ${MAX_PAGE_SIZE} records match; ask for a page of at most ${MAX_PAGE_SIZE}, like [0,${MAX_PAGE_SIZE - 1}], or narrow the filter`);
  }
}

/** react-admin reads the total after the slash: `projects 0-24/137`. */
export function contentRange(resource: string, range: [number, number] | null, count: number, total: number): string {
  const start = range ? range[0] : 0;
  return count === 0 ? `${resource} */${total}` : `${resource} ${start}-${start + count - 1}/${total}`;
}
