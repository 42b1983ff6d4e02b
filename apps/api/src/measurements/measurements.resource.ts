import { MEASUREMENT_STATUSES } from '@lab/domain';
import { byIndicator } from '../common/access';
import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { MEASUREMENT_READ_ONLY } from './dto/measurement.dto';
import { MeasurementEntity } from './measurement.entity';

export const REVIEW_QUEUES = ['to_review', 'returned_to_me'] as const;

export const MEASUREMENTS: ResourceDefinition<MeasurementEntity> = {
  name: 'measurements', label: 'measurement', entity: MeasurementEntity,
  projectOf: byIndicator,
  readOnly: MEASUREMENT_READ_ONLY,
  list: {
    fields: {
      ...RECORD_FIELDS, indicatorId: 'int', period: 'string', status: { enum: MEASUREMENT_STATUSES }, value: 'number',
      recordedAt: 'timestamp', submittedAt: 'timestamp', reviewedAt: 'timestamp',
    },
    custom: {
      // The review queues: what waits for the focus team, and what came back to the signed-in user's teams.
      queue: {
        type: { enum: REVIEW_QUEUES },
        apply: (qb, alias, values, param, actor) => {
          const clauses: string[] = [];
          if (values.includes('to_review')) clauses.push(`${alias}.status = 'submitted'`);
          if (values.includes('returned_to_me')) {
            clauses.push(`(${alias}.status = 'returned' AND ${alias}.indicatorId IN (
              SELECT i.id FROM indicators i JOIN memberships ms ON ms.project_id = i.project_id WHERE ms.person_id = :${param}_person))`);
          }
          qb.andWhere(`(${clauses.join(' OR ')})`, { [`${param}_person`]: actor?.personId ?? -1 });
        },
      },
      // A measurement belongs to a project through its indicator.
      projectId: {
        type: 'int',
        apply: (qb, alias, values, param) => {
          qb.andWhere(`${alias}.indicatorId IN (SELECT i.id FROM indicators i WHERE i.project_id IN (:...${param}))`, { [param]: values });
        },
      },
    },
    sortable: [...RECORD_SORTABLE, 'indicatorId', 'period', 'value', 'status', 'recordedAt', 'submittedAt', 'reviewedAt'],
    search: ['note'],
    defaultSort: ['period', 'DESC'],
  },
};
