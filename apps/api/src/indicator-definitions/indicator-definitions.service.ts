import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { definitionChangeProblems, DomainError } from '@lab/domain';
import { AuditService } from '../common/audit/audit.service';
import { CrudService, type Json } from '../common/crud.service';
import { IndicatorDefinitionEntity } from './indicator-definition.entity';
import { INDICATOR_DEFINITIONS } from './indicator-definitions.resource';

type Values = Record<string, unknown>;

/**
 * A lab's indicator library. A definition's unit, direction and aggregation do not change while indicators
 * adopt it (409 saying how many): that would change what their figures mean without their teams knowing.
 * Its name, text, kind, aspect and data source may change at any time.
 */
@Injectable()
export class IndicatorDefinitionsService extends CrudService<IndicatorDefinitionEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, INDICATOR_DEFINITIONS);
  }

  protected override derivedColumns(): Record<string, string> {
    return { adoptedBy: `(SELECT count(*)::int FROM indicators i WHERE i.definition_id = ${this.alias}.id)` };
  }

  /** How many indicators adopt each definition. */
  protected override async present(manager: EntityManager, entities: IndicatorDefinitionEntity[], prefetched?: Map<number, Json>): Promise<Json[]> {
    const rows = await super.present(manager, entities, prefetched);
    if (rows.length === 0 || prefetched) return rows;
    const counts: { id: number; n: number }[] = await manager.query(
      'SELECT definition_id AS id, count(*)::int AS n FROM indicators WHERE definition_id = ANY($1::int[]) GROUP BY definition_id',
      [entities.map((e) => e.id)],
    );
    const byId = new Map(counts.map((c) => [c.id, c.n]));
    for (const row of rows) row.adoptedBy = byId.get(row.id as number) ?? 0;
    return rows;
  }

  protected override async beforeUpdate(manager: EntityManager, existing: IndicatorDefinitionEntity, values: Values): Promise<void> {
    if (values.labId !== undefined && values.labId !== existing.labId) {
      const adopted = await adoptedBy(manager, existing.id);
      if (adopted > 0) {
        throw new DomainError('CONFLICT', `This indicator definition cannot move to another lab: ${adopted} ${adopted === 1 ? 'indicator adopts' : 'indicators adopt'} it.`, {
          errors: { labId: `cannot change while ${adopted} ${adopted === 1 ? 'indicator adopts' : 'indicators adopt'} this definition` },
        });
      }
    }
    const touched = ['unit', 'direction', 'aggregation'].some((f) => values[f] !== undefined && values[f] !== existing[f as keyof IndicatorDefinitionEntity]);
    if (!touched) return;
    // Locked against concurrent adoptions: an indicator adopting it waits for this change, then follows it.
    await manager.query('SELECT id FROM indicator_definitions WHERE id = $1 FOR UPDATE', [existing.id]);
    const errors = definitionChangeProblems(existing, values, await adoptedBy(manager, existing.id));
    const fields = Object.keys(errors);
    if (fields.length) {
      throw new DomainError('CONFLICT', `This indicator definition's ${fields.join(', ')} ${errors[fields[0]]}.`, { errors });
    }
  }
}

async function adoptedBy(manager: EntityManager, id: number): Promise<number> {
  const [{ n }] = await manager.query('SELECT count(*)::int AS n FROM indicators WHERE definition_id = $1', [id]);
  return n;
}
