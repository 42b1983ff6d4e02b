import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { dimensionValuesProblems, DomainError, droppedCodes, isDimensionKey, type DimensionValue } from '@lab/domain';
import { AuditService } from '../common/audit/audit.service';
import { CrudService, type Json } from '../common/crud.service';
import { throwFieldErrors } from '../common/field-errors';
import { DimensionEntity } from './dimension.entity';
import { DIMENSIONS } from './dimensions.resource';

type Values = Record<string, unknown>;

/**
 * A lab's breakdown dimensions. While indicators are broken down by one, its key and lab stay, and a value
 * that measurements carry a figure for stays on the list (409 naming them): figures would lose their cells.
 * Names, labels, the order and new values may change at any time.
 */
@Injectable()
export class DimensionsService extends CrudService<DimensionEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, DIMENSIONS);
  }

  protected override derivedColumns(): Record<string, string> {
    return { usedBy: `(SELECT count(*)::int FROM indicators i WHERE ${this.alias}.id = ANY(i.dimension_ids))` };
  }

  /** How many indicators are broken down by each dimension. */
  protected override async present(manager: EntityManager, entities: DimensionEntity[], prefetched?: Map<number, Json>): Promise<Json[]> {
    const rows = await super.present(manager, entities, prefetched);
    if (rows.length === 0 || prefetched) return rows;
    const counts: { id: number; n: number }[] = await manager.query(
      `SELECT d.id, count(i.id)::int AS n FROM unnest($1::int[]) AS d(id) LEFT JOIN indicators i ON d.id = ANY(i.dimension_ids) GROUP BY d.id`,
      [entities.map((e) => e.id)],
    );
    const byId = new Map(counts.map((c) => [c.id, c.n]));
    for (const row of rows) row.usedBy = byId.get(row.id as number) ?? 0;
    return rows;
  }

  protected override async beforeCreate(_m: EntityManager, values: Values): Promise<void> {
    checkShape(values);
  }

  protected override async beforeUpdate(manager: EntityManager, existing: DimensionEntity, values: Values): Promise<void> {
    checkShape(values);
    const moves = (values.labId !== undefined && values.labId !== existing.labId) || (values.key !== undefined && values.key !== existing.key);
    const dropped = values.values !== undefined ? droppedCodes(existing.values, values.values as DimensionValue[]) : [];
    if (!moves && dropped.length === 0) return;
    // Locked against indicators taking it up meanwhile (they share-lock it, see IndicatorsService).
    await manager.query('SELECT id FROM dimensions WHERE id = $1 FOR UPDATE', [existing.id]);
    const [{ n }] = await manager.query('SELECT count(*)::int AS n FROM indicators WHERE $1 = ANY(dimension_ids)', [existing.id]);
    if (moves && n > 0) {
      const field = values.labId !== undefined && values.labId !== existing.labId ? 'labId' : 'key';
      const fix = `cannot change while ${n} ${n === 1 ? 'indicator is' : 'indicators are'} broken down by this dimension`;
      throw new DomainError('CONFLICT', `This dimension's ${field} ${fix}.`, { errors: { [field]: fix } });
    }
    if (dropped.length) {
      const rows: { code: string }[] = await manager.query(
        `SELECT DISTINCT c.code FROM measurements m JOIN indicators i ON i.id = m.indicator_id,
                LATERAL jsonb_object_keys(m.parts -> $2::text) AS c(code)
          WHERE $1 = ANY(i.dimension_ids) AND m.parts ? $2::text AND c.code = ANY($3::text[]) ORDER BY c.code`,
        [existing.id, existing.key, dropped],
      );
      if (rows.length) {
        const fix = `cannot drop ${rows.map((r) => r.code).join(', ')}: measurements carry figures for ${rows.length === 1 ? 'it' : 'them'}`;
        throw new DomainError('CONFLICT', `This dimension's values ${fix}.`, { errors: { values: fix } });
      }
    }
  }
}

function checkShape(values: Values): void {
  const errors: Record<string, string> = {};
  if (values.key !== undefined && !isDimensionKey(values.key)) {
    errors.key = 'must be lower-case letters, digits, - or _, starting with a letter, like nieuw-west or age_18_26';
  }
  if (Array.isArray(values.values)) Object.assign(errors, dimensionValuesProblems(values.values as DimensionValue[]));
  throwFieldErrors('dimension', errors);
}
