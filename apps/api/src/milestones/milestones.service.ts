import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isMilestoneOverdue, milestoneCompletedDate, todayIso } from '@lab/domain';
import { AuditService } from '../common/audit/audit.service';
import { CrudService, type Json } from '../common/crud.service';
import { MilestoneEntity } from './milestone.entity';
import { MILESTONES } from './milestones.resource';

type Values = Record<string, unknown>;

@Injectable()
export class MilestonesService extends CrudService<MilestoneEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, MILESTONES);
  }

  protected override async present(manager: EntityManager, entities: MilestoneEntity[], prefetched?: Map<number, Json>): Promise<Json[]> {
    const today = todayIso();
    const rows = await super.present(manager, entities, prefetched);
    return rows.map((row) => ({ ...row, overdue: isMilestoneOverdue(row as never, today) }));
  }

  protected override async beforeCreate(_m: EntityManager, values: Values): Promise<void> {
    completion(values, null);
  }

  protected override async beforeUpdate(_m: EntityManager, existing: MilestoneEntity, values: Values): Promise<void> {
    completion(values, existing);
  }
}

function completion(values: Values, existing: MilestoneEntity | null): void {
  const date = milestoneCompletedDate(values as Parameters<typeof milestoneCompletedDate>[0], existing, todayIso());
  if (date !== undefined) values.completedDate = date;
}
