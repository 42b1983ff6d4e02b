import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, inWords, targetProblem } from '@lab/domain';
import { AuditService, diff } from '../common/audit/audit.service';
import type { Actor } from '../common/actor';
import { throwFieldErrors } from '../common/field-errors';
import { CrudService, type Json } from '../common/crud.service';
import { writeNextVersion } from '../common/next-version';
import { IndicatorEntity } from '../indicators/indicator.entity';
import type { CreateTargetRevisionDto } from './dto/target-revision.dto';
import { TargetRevisionEntity } from './target-revision.entity';
import { TARGET_REVISIONS } from './target-revisions.resource';

@Injectable()
export class TargetRevisionsService extends CrudService<TargetRevisionEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, TARGET_REVISIONS);
  }

  /** Records the revision and moves the indicator's target in one transaction; the old target is kept here. */
  override async create(input: Record<string, unknown>, actor: Actor | null): Promise<Json> {
    const dto = input as unknown as CreateTargetRevisionDto;
    return this.dataSource.transaction(async (manager) => {
      const indicator = await manager.findOne(IndicatorEntity, { where: { id: dto.indicatorId }, lock: { mode: 'pessimistic_write' } });
      if (!indicator) {
        throw new DomainError('INVALID_REFERENCE', `indicatorId ${dto.indicatorId} does not exist.`, {
          errors: { indicatorId: `no indicator with id ${dto.indicatorId}` },
        });
      }
      await this.authorize(manager, actor, 'create', [{ indicatorId: indicator.id }]);
      const rule = targetProblem(indicator, dto.newValue);
      throwFieldErrors('target revision', rule ? inWords({ newValue: rule }) : {});

      const inserted = await manager.insert(TargetRevisionEntity, {
        indicatorId: indicator.id, oldValue: indicator.targetValue, newValue: dto.newValue, oldDate: indicator.targetDate,
        newDate: dto.newDate ?? indicator.targetDate, effectiveFrom: dto.effectiveFrom, reason: dto.reason, revisedById: actor?.userId ?? null,
      });
      const id = inserted.identifiers[0].id as number;
      const newTarget = { targetValue: dto.newValue, targetDate: dto.newDate ?? indicator.targetDate };
      const revision = await this.get(id, manager);
      await this.audit.record(manager, { userId: actor?.userId ?? null, resource: 'target-revisions', recordId: id, action: 'create', changes: diff(null, revision) });
      // The indicator is locked: no version to check.
      await writeNextVersion(manager, this.audit, { entity: IndicatorEntity, id: indicator.id, set: newTarget }, () => ({
        userId: actor?.userId ?? null, resource: 'indicators', recordId: indicator.id, action: 'update',
        changes: diff({ targetValue: indicator.targetValue, targetDate: indicator.targetDate }, newTarget),
      }));
      return revision;
    });
  }
}
