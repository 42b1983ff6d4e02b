import { DataSource, QueryFailedError, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { ACCESS, DomainError, staffFieldProblems, type Change, type ResourceAccess } from '@lab/domain';
import { AuditService, diff } from './audit/audit.service';
import type { Actor } from './actor';
import { assertCanRead, authorize } from './access';
import { applyFilters, applySortAndRange, assertUnpagedFits, contentRange, parseListQuery, type ListQuery, type ListSpec } from './list-query';
import { linkArraySql, writeLinks } from './crud-links';
import { leanRows, readColumns, type ReadColumns } from './lean-read';
import { listCountsOf } from './list-counts';
import { writeNextVersion } from './next-version';
import { brokenCheck } from './database-errors';
import { referencedError } from './referenced-error';
import { RECORD_READ_ONLY, type LinkSpec, type ResourceDefinition } from './resource';

export type Json = Record<string, unknown>;
const linkColumn = (link: LinkSpec) => `__link_${link.field}`;
export interface Page {
  rows: Json[];
  total: number;
  contentRange: string;
}
type Values = Record<string, unknown>;

/**
 * The generic list and CRUD mechanism every resource goes through. A feature's service extends it only to
 * add what is special about that feature (derived fields, cross-field rules) through the hooks below.
 * Every write runs in one transaction with its audit event.
 */
export class CrudService<E extends ObjectLiteral & { id: number }> {
  private columns?: ReadColumns;

  constructor(
    protected readonly dataSource: DataSource,
    protected readonly audit: AuditService,
    readonly definition: ResourceDefinition<E>,
  ) {}

  protected get access(): ResourceAccess {
    return ACCESS[this.definition.name];
  }

  protected get alias(): string {
    return 'r';
  }

  protected get tableName(): string {
    return this.dataSource.getMetadata(this.definition.entity).tableName;
  }

  async list(raw: Record<string, unknown>, actor: Actor | null = null): Promise<Page> {
    assertCanRead(actor, this.access, this.definition.label);
    const spec = this.listSpecFor(actor);
    const query = parseListQuery(raw, spec);
    const qb = this.dataSource.getRepository(this.definition.entity).createQueryBuilder(this.alias);
    applyFilters(qb, this.alias, query, spec, actor);
    this.restrictList(qb, actor);
    const counting = qb.clone();
    const sortColumn = this.dataSource.getMetadata(this.definition.entity).findColumnWithPropertyName(query.sort[0]);
    applySortAndRange(qb, this.alias, query, sortColumn?.isNullable ?? true, spec);
    const columns = this.selectColumns(qb);
    // The page carries its link id arrays and derived fields, so that no query per link follows.
    for (const link of this.definition.links ?? []) qb.addSelect(linkArraySql(this.dataSource, link, this.alias), linkColumn(link));
    const derived = Object.entries(this.derivedColumns());
    for (const [field, sql] of derived) qb.addSelect(sql, `__derived_${field}`);
    const found = await leanRows<Json>(this.dataSource, qb, columns);
    assertUnpagedFits(query.range, found.length);
    const total = await this.total(counting, query, found.length);
    const prefetched = new Map<number, Json>();
    const records = found.map((r) => {
      const record: Json = {};
      for (const [, property] of columns.select) record[property] = r[property];
      prefetched.set(record.id as number, Object.fromEntries([
        ...(this.definition.links ?? []).map((l) => [l.field, r[linkColumn(l)] ?? []]),
        ...derived.map(([field]) => [field, r[`__derived_${field}`] ?? null]),
      ]));
      return record as unknown as E;
    });
    const rows = this.visibleTo(actor, await this.present(this.dataSource.manager, records, prefetched));
    return { rows, total, contentRange: contentRange(this.definition.name, query.range, rows.length, total) };
  }

  /**
   * How many records match. A page that is not full is the last one, and tells: only a full page (or an
   * empty one past the start) needs the count query, so most lists of one project's records cost a single
   * query. A window count in the page query would read every matching row before the first could be sent,
   * which a large table's LIMIT otherwise avoids. Records asked by id (react-admin's getMany) number at most
   * the ids asked for: a page that reaches that number is the last one too.
   */
  private async total(counting: SelectQueryBuilder<ObjectLiteral>, query: ListQuery, onPage: number): Promise<number> {
    if (!query.range) return onPage;
    const [start, end] = query.range;
    if (onPage > 0 && onPage < end - start + 1) return start + onPage;
    if (onPage === 0 && start === 0) return 0;
    const byId = query.filters.find((f) => f.kind === 'eq' && f.field === 'id' && !f.isNull);
    if (onPage > 0 && byId?.kind === 'eq' && start + onPage >= new Set(byId.values).size) return start + onPage;
    // count(*), not TypeORM's count of distinct ids: a list query joins nothing, so every row is one record.
    // Kept while the data is unchanged (list-counts.ts): a total's cost grows with the lab, a page's does not.
    return listCountsOf(this.dataSource).count(counting);
  }

  async read(id: number, actor: Actor | null): Promise<Json> {
    assertCanRead(actor, this.access, this.definition.label);
    const qb = this.dataSource.getRepository(this.definition.entity).createQueryBuilder(this.alias);
    const columns = this.selectColumns(qb);
    const [record] = await leanRows<E>(this.dataSource, qb.where(`${this.alias}.id = :id`, { id }), columns);
    if (!record) throw this.notFound(id);
    const [row] = this.visibleTo(actor, await this.present(this.dataSource.manager, [record]));
    return row;
  }

  /** Selects the columns a read answers, under their property names (lean-read.ts); worked out once. */
  private selectColumns(qb: SelectQueryBuilder<ObjectLiteral>): ReadColumns {
    this.columns ??= readColumns(this.dataSource.getMetadata(this.definition.entity), this.alias);
    const [[firstSql, firstProperty], ...rest] = this.columns.select;
    qb.select(firstSql, firstProperty);
    for (const [sql, property] of rest) qb.addSelect(sql, property);
    return this.columns;
  }

  /** A project member's list of a resource with `memberFields`: filters, sorting and search on those fields only. */
  private listSpecFor(actor: Actor | null): ListSpec {
    const only = actor?.role === 'project_member' ? this.access.memberFields : undefined;
    if (!only) return this.definition.list;
    const list = this.definition.list;
    return {
      ...list,
      fields: Object.fromEntries(Object.entries(list.fields).filter(([f]) => only.includes(f))),
      sortable: list.sortable.filter((f) => only.includes(f)),
      orderings: undefined,
      search: list.search.filter((f) => only.includes(f)),
      // It joins columns the member may not see: a word found only there would tell what they hold.
      searchText: list.search.every((f) => only.includes(f)) ? list.searchText : undefined,
      custom: undefined,
    };
  }

  /** What the actor sees of each row: a project member only the resource's `memberFields`. */
  private visibleTo(actor: Actor | null, rows: Json[]): Json[] {
    const only = actor?.role === 'project_member' ? this.access.memberFields : undefined;
    return only ? rows.map((row) => Object.fromEntries(only.map((f) => [f, row[f]]))) : rows;
  }

  async get(id: number, manager: EntityManager = this.dataSource.manager): Promise<Json> {
    const [row] = await this.present(manager, [await this.load(manager, id)]);
    return row;
  }

  /** `within`: a caller's transaction to join (a write that is part of a larger one); otherwise its own. */
  async create(input: Values, actor: Actor | null, within?: EntityManager): Promise<Json> {
    const { values, links } = this.split(input);
    return this.inTransaction(within, async (manager) => {
      await this.authorize(manager, actor, 'create', [values]);
      this.assertStaffFields(actor, values, null);
      await this.beforeCreate(manager, values, links, actor);
      const result = await manager.insert(this.definition.entity, values as never);
      const id = result.identifiers[0].id as number;
      await writeLinks(manager, this.definition.links ?? [], id, links);
      const after = await this.get(id, manager);
      await this.audit.record(manager, {
        userId: actor?.userId ?? null, resource: this.definition.name, recordId: id, action: 'create', changes: diff(null, after),
      });
      return after;
    });
  }

  async update(id: number, input: Values, actor: Actor | null, within?: EntityManager): Promise<Json> {
    const version = input.version;
    if (typeof version !== 'number') {
      throw new DomainError('VALIDATION_FAILED', 'version is required: send the version of the record you read.', {
        errors: { version: 'is required: send the version of the record you read' },
      });
    }
    const { values, links } = this.split(input);
    return this.inTransaction(within, async (manager) => {
      const existing = await this.load(manager, id);
      // 404, then 403, then 409: who may not change a record learns nothing about its versions.
      await this.authorize(manager, actor, 'update', [{ ...existing }, { ...existing, ...values }]);
      if (existing.version !== version) throw this.stale(existing.version as number, version);
      this.assertStaffFields(actor, values, existing);
      const [before] = await this.present(manager, [existing]);
      await this.beforeUpdate(manager, existing, values, links, actor);

      const changed = Object.fromEntries(Object.entries(values).filter(([k, v]) => !sameValue(before[k], v)));
      const changedLinks = Object.fromEntries(Object.entries(links).filter(([k, v]) => !sameValue(before[k], v)));
      if (Object.keys(changed).length === 0 && Object.keys(changedLinks).length === 0) return before;

      await writeLinks(manager, this.definition.links ?? [], id, changedLinks);
      // save() would not check the version: the WHERE clause does, and the row count tells.
      let after: Json = before;
      const written = await writeNextVersion(manager, this.audit, { entity: this.definition.entity, id, set: changed, version }, async () => {
        after = await this.get(id, manager);
        return { userId: actor?.userId ?? null, resource: this.definition.name, recordId: id, action: 'update', changes: diff(before, after) };
      });
      if (!written) throw this.stale(null, version);
      return after;
    });
  }

  async remove(id: number, actor: Actor | null): Promise<Json> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const before = await this.get(id, manager);
        await this.authorize(manager, actor, 'delete', [before]);
        await this.beforeRemove(manager, before, actor);
        await manager.delete(this.definition.entity, { id } as never);
        await this.audit.record(manager, {
          userId: actor?.userId ?? null, resource: this.definition.name, recordId: id, action: 'delete', changes: diff(before, null),
        });
        return before;
      });
    } catch (error) {
      // 23503 is a foreign-key violation; PostgreSQL 18 reports ON DELETE RESTRICT as 23001.
      if (error instanceof QueryFailedError && ['23503', '23001'].includes((error.driverError as { code?: string }).code ?? '')) {
        throw await referencedError(this.dataSource, this.tableName, this.definition.label, id);
      }
      throw error;
    }
  }

  // ---- hooks for feature services -------------------------------------------------------------

  /**
   * Fields a list adds to each row straight from SQL (field → expression over the list's alias `r`), so
   * that present() need not look them up row by row; present() receives them as `prefetched`.
   */
  protected derivedColumns(): Record<string, string> {
    return {};
  }

  /** Rows the actor may not see at all, left out of their list (and its count). */
  protected restrictList(_qb: SelectQueryBuilder<ObjectLiteral>, _actor: Actor | null): void {}

  /** Cross-field and cross-record rules for a new record; throw a DomainError to refuse. */
  protected async beforeCreate(_m: EntityManager, _values: Values, _links: Values, _actor: Actor | null): Promise<void> {}

  /** `values` holds only what the client sent; `existing` is the row as stored. May adjust `values`. */
  protected async beforeUpdate(_m: EntityManager, _existing: E, _values: Values, _links: Values, _actor: Actor | null): Promise<void> {}

  protected async beforeRemove(_m: EntityManager, _record: Json, _actor: Actor | null): Promise<void> {}

  /** Turns entities into the JSON the API answers: link id arrays and derived fields added. */
  protected async present(manager: EntityManager, entities: E[], prefetched?: Map<number, Json>): Promise<Json[]> {
    const rows: Json[] = entities.map((e) => ({ ...e, ...prefetched?.get(e.id) }));
    if (rows.length === 0 || prefetched) return rows;
    const ids = entities.map((e) => e.id);
    for (const link of this.definition.links ?? []) {
      const pairs = await manager
        .getRepository(link.entity)
        .createQueryBuilder('l')
        .select([`l.${link.ownerKey} AS owner`, `l.${link.otherKey} AS other`])
        .where(`l.${link.ownerKey} IN (:...ids)`, { ids })
        .orderBy(`l.${link.otherKey}`)
        .getRawMany<{ owner: number; other: number }>();
      const byOwner = new Map<number, number[]>(ids.map((id) => [id, []]));
      for (const p of pairs) byOwner.get(p.owner)?.push(p.other);
      for (const row of rows) row[link.field] = byOwner.get(row.id as number) ?? [];
    }
    return rows;
  }

  // ---- internals ------------------------------------------------------------------------------

  protected async inTransaction<T>(within: EntityManager | undefined, run: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await (within ? run(within) : this.dataSource.transaction(run));
    } catch (error) {
      const known = this.definition.checks?.[brokenCheck(error) ?? ''];
      if (known) throw new DomainError('RULE_BROKEN', `${known[0]} ${known[1]}.`, { errors: { [known[0]]: known[1] } });
      throw error;
    }
  }

  protected authorize(manager: EntityManager, actor: Actor | null, action: Change, records: Record<string, unknown>[]) {
    return authorize(manager, actor, this.access, this.definition.projectOf, action, records, this.definition.label);
  }

  /** Money and place are the focus team's: a project member who sets or changes them is refused, naming the fields. */
  private assertStaffFields(actor: Actor | null, values: Values, stored: E | null): void {
    if (!actor) return;
    const errors = staffFieldProblems(actor.role, this.access, values, stored);
    const fields = Object.keys(errors);
    if (fields.length) {
      throw new DomainError('FORBIDDEN', `As a project member you may not change ${fields.join(', ')} of this ${this.definition.label}: the focus team sets it.`, { errors });
    }
  }

  protected async load(manager: EntityManager, id: number): Promise<E> {
    const entity = await manager.findOne(this.definition.entity, { where: { id } as never });
    if (!entity) throw this.notFound(id);
    return entity;
  }

  private notFound(id: number): DomainError {
    return new DomainError('NOT_FOUND', `There is no ${this.definition.label} with id ${id}.`);
  }

  /** Splits validated input into column values and link arrays, dropping what a client may not set. */
  protected split(input: Values): { values: Values; links: Values } {
    const ignored = new Set<string>([...RECORD_READ_ONLY, ...(this.definition.readOnly ?? [])]);
    const linkFields = new Set((this.definition.links ?? []).map((l) => l.field));
    const values: Values = {};
    const links: Values = {};
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined || ignored.has(key)) continue;
      (linkFields.has(key) ? links : values)[key] = value;
    }
    return { values, links };
  }

  private stale(current: number | null, sent: unknown): DomainError {
    const now = current === null ? '' : ` (it is now at version ${current}, you sent ${String(sent)})`;
    return new DomainError(
      'STALE_VERSION',
      `Someone else changed this ${this.definition.label} in the meantime${now}. Reload it and make your change again.`,
    );
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return JSON.stringify([...a].sort()) === JSON.stringify([...new Set(b)].sort());
  }
  return (a ?? null) === (b ?? null);
}
