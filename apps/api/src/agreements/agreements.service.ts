import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { agreementProblems, DomainError, inWords } from '@lab/domain';
import { AuditService } from '../common/audit/audit.service';
import { throwFieldErrors } from '../common/field-errors';
import { CrudService } from '../common/crud.service';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { AgreementEntity } from './agreement.entity';
import { AGREEMENTS } from './agreements.resource';

type Values = Record<string, unknown>;

@Injectable()
export class AgreementsService extends CrudService<AgreementEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, AGREEMENTS);
  }

  protected override async beforeCreate(manager: EntityManager, values: Values): Promise<void> {
    await checkTerms(manager, values as Partial<AgreementEntity>);
  }

  protected override async beforeUpdate(manager: EntityManager, existing: AgreementEntity, values: Values): Promise<void> {
    await checkTerms(manager, { ...existing, ...values } as Partial<AgreementEntity>);
  }
}

/** An outcome contract pays for one indicator of its own project, at a price, up to a maximum. */
async function checkTerms(manager: EntityManager, a: Partial<AgreementEntity>): Promise<void> {
  const errors = inWords(agreementProblems(a));
  if (a.indicatorId != null && !errors.indicatorId) {
    const indicator = await manager.findOne(IndicatorEntity, { where: { id: a.indicatorId }, select: { id: true, projectId: true } });
    if (!indicator) {
      throw new DomainError('INVALID_REFERENCE', `indicatorId ${a.indicatorId} does not exist.`, {
        errors: { indicatorId: `no indicator with id ${a.indicatorId}` },
      });
    }
    if (indicator.projectId !== a.projectId) errors.indicatorId = "must be an indicator of the agreement's own project";
  }
  throwFieldErrors('agreement', errors);
}
